using System.Net;
using Shouldly;
using Xunit;

namespace LocalAction.Tests.Submissions;

/// <summary>What the API and page authorization matrices share: a row per operation, a column per actor, a theory row per cell.</summary>
public static class MatrixTable
{
    public static T Pick<T>(MatrixActor actor, T notSignedIn, (T FocalA, T FocalB, T Network, T Secretariat, T Admin) row) => actor switch
    {
        MatrixActor.Anonymous => notSignedIn,
        MatrixActor.FocalPointOfA => row.FocalA,
        MatrixActor.FocalPointOfB => row.FocalB,
        MatrixActor.NetworkStaffOfA => row.Network,
        MatrixActor.Secretariat => row.Secretariat,
        MatrixActor.Administrator => row.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(actor)),
    };

    /// <summary>One theory row per cell, so each is reported on its own; every operation must have a row in the table.</summary>
    public static TheoryData<MatrixActor, TOperation, HttpStatusCode> Cells<TOperation>(int tableRows, Func<MatrixActor, TOperation, HttpStatusCode> status)
        where TOperation : struct, Enum
    {
        Enum.GetValues<TOperation>().Length.ShouldBe(tableRows);
        var data = new TheoryData<MatrixActor, TOperation, HttpStatusCode>();
        foreach (var operation in Enum.GetValues<TOperation>())
        {
            foreach (var actor in Enum.GetValues<MatrixActor>()) data.Add(actor, operation, status(actor, operation));
        }
        return data;
    }
}
