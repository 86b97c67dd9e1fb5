// The namespace is the root one on purpose: resources are looked up as Resources/SharedResource.{culture}.resx.
namespace LocalAction.Web;

/// <summary>Marker type for the UI strings shared by all pages (Resources/SharedResource*.resx).</summary>
public sealed class SharedResource;
