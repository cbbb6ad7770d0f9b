using BackOffice.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddBackOffice();

var app = builder.Build();
app.UseBackOffice();
await app.PrepareDatabaseAsync(CancellationToken.None).ConfigureAwait(false);
await app.RunAsync().ConfigureAwait(false);

public partial class Program;
