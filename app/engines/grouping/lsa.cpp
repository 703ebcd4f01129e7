#include "lsa.h"

#include <Eigen/Cholesky>
#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <Eigen/SparseCore>

#include <cmath>
#include <random>
#include <thread>

namespace cabildo {

namespace {

using SparseRows = Eigen::SparseMatrix<double, Eigen::RowMajor>;

SparseRows sparseRows(const TermMatrix &matrix, const std::vector<int> &documents)
{
    std::vector<Eigen::Triplet<double>> triplets;
    for (size_t d = 0; d < documents.size(); ++d)
        for (const TermWeight &entry : matrix.rows[documents[d]])
            triplets.emplace_back(int(d), entry.term, entry.weight);
    SparseRows a(Eigen::Index(documents.size()), matrix.termCount());
    a.setFromTriplets(triplets.begin(), triplets.end());
    return a;
}

Eigen::MatrixXd householderColumns(const Eigen::MatrixXd &m)
{
    Eigen::HouseholderQR<Eigen::MatrixXd> qr(m);
    return qr.householderQ() * Eigen::MatrixXd::Identity(m.rows(), m.cols());
}

/**
 * work(begin, end, half) over the rows 0..n, in two halves on two threads when it is worth it.
 * Each half writes its own output, so the result does not depend on the threads.
 */
template <typename Work> void inTwoHalves(Eigen::Index n, const Work &work)
{
    const Eigen::Index half = n / 2;
    if (n < 512 || std::thread::hardware_concurrency() < 2) {
        work(0, half, 0);
        work(half, n, 1);
        return;
    }
    std::thread other([&] { work(half, n, 1); });
    work(0, half, 0);
    other.join();
}

/**
 * An orthonormal basis of m's columns by Cholesky QR, twice (CholeskyQR2, Fukaya et al.
 * 2014): two matrix products and two triangular solves, several times faster than
 * Householder QR on these tall matrices and as orthogonal after the second pass.
 * Householder QR when the Gram matrix is too ill-conditioned to factor. `passes` = 1
 * leaves the columns nearly orthonormal, enough between power iterations.
 */
Eigen::MatrixXd orthonormalColumns(const Eigen::MatrixXd &m, int passes = 2)
{
    Eigen::MatrixXd q = m;
    const Eigen::Index n = q.rows();
    for (int pass = 0; pass < passes; ++pass) {
        // qᵀq as the sum of its two halves' products, always added in the same order.
        Eigen::MatrixXd halves[2];
        inTwoHalves(n, [&](Eigen::Index begin, Eigen::Index end, int slot) {
            const auto rows = q.middleRows(begin, end - begin);
            halves[slot].noalias() = rows.transpose() * rows;
        });
        const Eigen::MatrixXd gram = halves[0] + halves[1];
        const Eigen::LLT<Eigen::MatrixXd> llt(gram);
        const double floor = 1e-6 * std::sqrt(gram.diagonal().maxCoeff());
        if (llt.info() != Eigen::Success || !(llt.matrixLLT().diagonal().array() > floor).all())
            return householderColumns(m);
        // q ← q R⁻¹, with qᵀq = RᵀR: row by row, so each half on its own.
        inTwoHalves(n, [&](Eigen::Index begin, Eigen::Index end, int) {
            llt.matrixU().solveInPlace<Eigen::OnTheRight>(q.middleRows(begin, end - begin));
        });
    }
    return q;
}

void normaliseRows(Eigen::MatrixXd &points)
{
    for (Eigen::Index i = 0; i < points.rows(); ++i) {
        const double norm = points.row(i).norm();
        if (norm > 0)
            points.row(i) /= norm;
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
    // which std::normal_distribution does not promise.
    std::mt19937 random(seed);
    Eigen::MatrixXd omega(a.cols(), sketch);
    for (Eigen::Index j = 0; j < omega.cols(); ++j)
        for (Eigen::Index i = 0; i < omega.rows(); ++i)
            omega(i, j) = double(random()) / 2147483648.0 - 1.0;

    // Power iterations sharpen the spectrum: text matrices decay slowly.
    // In between, one Cholesky pass keeps the columns apart well enough; the basis kept at
    // the end gets two.
    Eigen::MatrixXd q = orthonormalColumns(a * omega, 1);
    for (int iteration = 0; iteration < 2; ++iteration) {
        const Eigen::MatrixXd z = orthonormalColumns(a.transpose() * q, 1);
        q = orthonormalColumns(a * z, iteration == 1 ? 2 : 1);
    }
    // B = Qᵀ A is small (sketch × terms); its left singular vectors come from B Bᵀ.
    const Eigen::MatrixXd bt = a.transpose() * q; // = Bᵀ
    const Eigen::MatrixXd gram = bt.transpose() * bt;
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(gram);
    // Eigenvalues come in increasing order: the last `rank` are the strongest.
    const Eigen::MatrixXd u = eigen.eigenvectors().rightCols(rank);
    Eigen::VectorXd singular = eigen.eigenvalues().tail(rank).cwiseMax(0.0).cwiseSqrt();
    Eigen::MatrixXd points = (q * u) * singular.asDiagonal();
    normaliseRows(points);
    return points.cast<float>();
}

} // namespace cabildo
