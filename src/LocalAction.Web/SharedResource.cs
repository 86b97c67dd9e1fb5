// Kept outside Resources/ so the .resx files are not bound to this class and are looked up as Resources/SharedResource.{culture}.resx.
namespace LocalAction.Web;

/// <summary>Marker type for the UI strings shared by all pages (Resources/SharedResource*.resx).</summary>
public sealed class SharedResource;
