#include "lsa.h"

#include "heapsettings.h"
#include "twohalves.h"

#include <Eigen/Cholesky>
#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <Eigen/SparseCore>

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>
#include <thread>

namespace cabildo {

namespace {

/**
 * Single precision: the products run twice as fast and the tall matrices take half the
 * memory (20,000 notes: 146 MB at the peak instead of 160), and the points were single
 * precision already. Measured: every NMI, ARI and ACC of bench_grouping the same to the
 * decimal as in double, K given and automatic, and the same themes from `cabildo cluster`.
 */
using Real = float;
using SparseRows = Eigen::SparseMatrix<Real, Eigen::RowMajor>;
using Square = Eigen::Matrix<Real, Eigen::Dynamic, Eigen::Dynamic>;
/**
 * Tall dense matrices row by row: a sparse row times them, and their rows' updates, then
 * run along contiguous memory (column-major, Eigen gathers one column at a time).
 */
using Rows = Eigen::Matrix<Real, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

SparseRows sparseRows(const TermMatrix &matrix, const std::vector<int> &documents)
{
    // The rows are sorted by term already: filled in order, with no triplets to sort.
    SparseRows a(Eigen::Index(documents.size()), matrix.termCount());
    Eigen::Index entries = 0;
    for (int document : documents)
        entries += Eigen::Index(matrix.rows[document].size());
    a.reserve(entries);
    for (size_t d = 0; d < documents.size(); ++d) {
        a.startVec(Eigen::Index(d));
        for (const TermWeight &entry : matrix.rows[documents[d]])
            a.insertBack(Eigen::Index(d), entry.term) = entry.weight;
    }
    a.finalize();
    return a;
}

void householderColumns(Rows &m)
{
    const Square columns = m;
    Eigen::HouseholderQR<Square> qr(columns);
    m = qr.householderQ() * Square::Identity(columns.rows(), columns.cols());
}

/** product = a m, each half of a's rows on its own thread (a row of the product depends on a's row alone). */
void multiply(Rows &product, const SparseRows &a, const Rows &m, SecondThread *second)
{
    product.resize(a.rows(), m.cols());
    inTwoHalves(a.rows(), second, [&](Eigen::Index begin, Eigen::Index end, int) {
        product.middleRows(begin, end - begin).noalias() = a.middleRows(begin, end - begin) * m;
    });
}

/** Rows a triangular solve takes at once (orthonormalise): its packing buffer stays small. */
constexpr Eigen::Index rowsPerSolve = 512;

/**
 * Makes m's columns an orthonormal basis of themselves, in place, by Cholesky QR, twice
 * (CholeskyQR2, Fukaya et al. 2014): a Gram matrix (its lower half only, as a symmetric
 * rank update: half a product's work) and a triangular solve per pass, several times
 * faster than Householder QR on these tall matrices and as orthogonal after the second
 * pass. Householder QR when the Gram matrix is too ill-conditioned to factor, which in
 * single precision means a condition number past about a thousand (its square must stay
 * well inside float's 7 digits). `passes` = 1 leaves the columns nearly orthonormal, enough
 * between power iterations.
 */
void orthonormalise(Rows &q, int passes, SecondThread *second)
{
    const Eigen::Index n = q.rows();
    for (int pass = 0; pass < passes; ++pass) {
        // qᵀq as the sum of its two halves' products, always added in the same order.
        Square halves[2];
        inTwoHalves(n, second, [&](Eigen::Index begin, Eigen::Index end, int slot) {
            halves[slot] = Square::Zero(q.cols(), q.cols());
            halves[slot].selfadjointView<Eigen::Lower>().rankUpdate(q.middleRows(begin, end - begin).transpose());
        });
        const Square gram = halves[0] + halves[1];
        const Eigen::LLT<Square, Eigen::Lower> llt(gram);
        const Real floor = Real(1e-3) * std::sqrt(gram.diagonal().maxCoeff());
        if (llt.info() != Eigen::Success || !(llt.matrixLLT().diagonal().array() > floor).all()) {
            householderColumns(q);
            return;
        }
        // q ← q R⁻¹, with qᵀq = RᵀR: row by row, so each half on its own, and a few
        // hundred rows at a time: Eigen packs the rows it solves into a buffer as large as
        // they are (for a half of 20,000 notes, 9 MB on each core at the peak of memory).
        inTwoHalves(n, second, [&](Eigen::Index begin, Eigen::Index end, int) {
            for (Eigen::Index from = begin; from < end; from += rowsPerSolve)
                llt.matrixU().solveInPlace<Eigen::OnTheRight>(q.middleRows(from, std::min(rowsPerSolve, end - from)));
        });
    }
}

} // namespace

PointMatrix lsaPoints(const TermMatrix &matrix, const std::vector<int> &documents, int dimensions, unsigned seed)
{
    const SparseRows a = sparseRows(matrix, documents);
    const int rank = std::min<int>({dimensions, int(a.rows()), int(a.cols())});
    if (rank <= 0)
        return PointMatrix::Zero(a.rows(), 0); // no terms at all
    const int sketch = std::min<int>(rank + 10, int(std::min(a.rows(), a.cols())));

    // Uniform in [-1, 1) from the raw generator: the same numbers on every platform,
    // which std::normal_distribution does not promise. Drawn column after column, as
    // always, into a column-major matrix (in memory order), then laid out by rows.
    std::mt19937 random(seed);
    Square drawn(a.cols(), sketch);
    for (Eigen::Index i = 0; i < drawn.size(); ++i)
        drawn.data()[i] = Real(double(random()) / 2147483648.0 - 1.0);
    Rows omega = drawn;
    drawn = Square();

    // Both cores for the tall products and orthonormalisations, through one kept thread.
    std::optional<SecondThread> kept;
    if (std::thread::hardware_concurrency() >= 2 && std::max(a.rows(), a.cols()) >= minimumRowsToShare)
        kept.emplace();
    SecondThread *second = kept ? &*kept : nullptr;

    // Power iterations sharpen the spectrum: text matrices decay slowly.
    // In between, one Cholesky pass keeps the columns apart well enough; the basis kept at
    // the end gets two. The products write into matrices that already exist: two
    // document-sized and one term-sized, whatever the number of iterations.
    Rows q(a.rows(), sketch);
    adviseHugePages(q.data(), std::size_t(q.size()) * sizeof(Real));
    multiply(q, a, omega, second);
    orthonormalise(q, 1, second);
    Rows z = std::move(omega);
    for (int iteration = 0; iteration < 2; ++iteration) {
        z.noalias() = a.transpose() * q;
        orthonormalise(z, 1, second);
        multiply(q, a, z, second);
        orthonormalise(q, iteration == 1 ? 2 : 1, second);
    }
    // B = Qᵀ A is small (sketch × terms); its left singular vectors come from B Bᵀ.
    z.noalias() = a.transpose() * q; // = Bᵀ
    Square gram = Square::Zero(sketch, sketch);
    gram.selfadjointView<Eigen::Lower>().rankUpdate(z.transpose());
    z = Rows();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(gram.cast<double>());
    // Eigenvalues come in increasing order: the last `rank` are the strongest.
    const Square u = eigen.eigenvectors().rightCols(rank).cast<Real>();
    const Eigen::Matrix<Real, Eigen::Dynamic, 1> singular =
        eigen.eigenvalues().tail(rank).cwiseMax(0.0).cwiseSqrt().cast<Real>();
    // Each point scaled to unit length: the singular values matter only within a row.
    PointMatrix points(q.rows(), rank);
    adviseHugePages(points.data(), std::size_t(points.size()) * sizeof(Real));
    inTwoHalves(q.rows(), second, [&](Eigen::Index begin, Eigen::Index end, int) {
        auto part = points.middleRows(begin, end - begin);
        part.noalias() = q.middleRows(begin, end - begin) * u;
        for (Eigen::Index i = 0; i < part.rows(); ++i) {
            auto row = part.row(i);
            row.array() *= singular.transpose().array();
            if (const Real norm = row.norm(); norm > 0)
                row /= norm;
        }
    });
    return points;
}

} // namespace cabildo
