using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LocalAction.Web.Features.Imports;

/// <summary>
/// The upload limit of a page that takes an import file, from <see cref="ImportSettings"/> rather than a constant: a request
/// announcing more is sent back to the page with a message before its body is read, and the form reader (which the
/// antiforgery check runs first) stops at the limit. Runs before the antiforgery filter, as [RequestFormLimits] does.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ImportUploadLimitAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public const string TooLarge = "too-large";

    public int Order => 900;
    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider services) => new Filter(services.GetRequiredService<ImportSettings>());

    private sealed class Filter(ImportSettings settings) : IAuthorizationFilter
    {
        public void OnAuthorization(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            if (!HttpMethods.IsPost(http.Request.Method)) return;
            if (http.Request.ContentLength > settings.MaxRequestBytes)
            {
                context.Result = new RedirectToPageResult(null, null, new { problem = TooLarge }) { PreserveMethod = false };
                return;
            }
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = settings.MaxRequestBytes;
            if (http.Features.Get<IFormFeature>()?.Form is null)
                http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = settings.MaxRequestBytes }));
        }
    }
}
