//! Real-code round 20: numeric and data-analysis code without numpy:
//! matrices as `Vec<Vec<f64>>` (transpose, products, row/column sums),
//! statistics (mean, variance, median, percentiles, z-scores), normalization,
//! zip of columns, enumerate, pairwise combinations, running totals, histogram
//! bins, floats as dict keys / set items (via `to_bits` or rounding), sorting
//! floats, rounding and integer/float conversions, min/max of floats over
//! generators, and `parallel` on CPU-heavy loops.
#![allow(clippy::useless_vec)]
// by-hand reference loops index on purpose, as the Python originals do
#![allow(clippy::needless_range_loop)]

use comprehensions::{acomp, comp};
use std::collections::{HashMap, HashSet};
use std::num::{ParseFloatError, TryFromIntError};

const EPS: f64 = 1e-9;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= EPS * (1.0 + a.abs().max(b.abs()))
}

fn all_close(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| close(*x, *y))
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn pvariance(xs: &[f64]) -> f64 {
    let m = mean(xs);
    xs.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / xs.len() as f64
}

fn sample() -> Vec<f64> {
    vec![2.5, -1.0, 4.0, 4.0, 7.25, 0.0, 3.5, -2.75, 9.0, 1.5]
}

fn matrix() -> Vec<Vec<f64>> {
    vec![
        vec![1.0, 2.0, 3.0],
        vec![4.0, 5.0, 6.0],
        vec![7.0, 8.0, 9.5],
        vec![-1.0, 0.5, 2.0],
    ]
}

// --- matrices: transpose, products, sums

// Python: [[row[i] for row in m] for i in range(len(m[0]))]
#[test]
fn transpose() {
    let m = matrix();
    let t = comp![[row[i] for row in &m] for i in 0..m[0].len()];
    let mut by_hand = vec![vec![0.0; m.len()]; m[0].len()];
    for (r, row) in m.iter().enumerate() {
        for (c, x) in row.iter().enumerate() {
            by_hand[c][r] = *x;
        }
    }
    assert_eq!(t, by_hand);
}

// Python: [sum(row) for row in m]; [sum(row[j] for row in m) for j in range(cols)]
#[test]
fn row_and_column_sums() {
    let m = matrix();
    let rows = comp![row.iter().sum::<f64>() for row in &m];
    let cols = comp![(row[j] for row in &m).sum::<f64>() for j in 0..m[0].len()];
    let mut rh = vec![];
    let mut ch = vec![0.0; 3];
    for row in &m {
        let mut s = 0.0;
        for (j, x) in row.iter().enumerate() {
            s += x;
            ch[j] += x;
        }
        rh.push(s);
    }
    assert!(all_close(&rows, &rh));
    assert!(all_close(&cols, &ch));
}

// Python: [[sum(a * b for a, b in zip(row, col)) for col in zip(*b)] for row in a]
#[test]
fn matrix_product() {
    let a = matrix();
    let b = comp![[row[i] for row in &a] for i in 0..a[0].len()]; // a^T, 3x4
    let bt = comp![[row[i] for row in &b] for i in 0..b[0].len()]; // == a
    let p = comp![[(x * y for (x, y) in row.iter().zip(col)).sum::<f64>() for col in &bt] for row in &a];
    let mut by_hand = vec![vec![0.0; a.len()]; a.len()];
    for i in 0..a.len() {
        for j in 0..a.len() {
            for k in 0..a[0].len() {
                by_hand[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    for (r, h) in p.iter().zip(&by_hand) {
        assert!(all_close(r, h));
    }
}

// Python: [sum(m[i][k] * v[k] for k in range(len(v))) for i in range(len(m))]
#[test]
fn matrix_vector() {
    let m = matrix();
    let v = vec![0.5, -1.0, 2.0];
    let mv = comp![Iterator::sum::<f64>(m[i][k] * v[k] for k in 0..v.len()) for i in 0..m.len()];
    let by_hand: Vec<f64> = m
        .iter()
        .map(|row| row.iter().zip(&v).map(|(a, b)| a * b).sum())
        .collect();
    assert!(all_close(&mv, &by_hand));
}

// Python: [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
#[test]
fn identity_and_trace() {
    let n = 4;
    let eye = comp![[1.0 if i == j else 0.0 for j in 0..n] for i in 0..n];
    let trace = comp!((eye[i][i] for i in 0..n)).sum::<f64>();
    let mut by_hand = vec![vec![0.0; n]; n];
    for (i, row) in by_hand.iter_mut().enumerate() {
        row[i] = 1.0;
    }
    assert_eq!(eye, by_hand);
    assert_eq!(trace, 4.0);
}

// Python: [[a * b for b in v] for a in u]   (outer product)
#[test]
fn outer_product() {
    let u = vec![1.0, 2.0, -0.5];
    let v = vec![3.0, 0.25];
    let op = comp!([[a * b for b in &v] for a in &u]);
    let by_hand: Vec<Vec<f64>> = u
        .iter()
        .map(|a| v.iter().map(|b| a * b).collect())
        .collect();
    assert_eq!(op, by_hand);
}

// Python: {(i, j): x for i, row in enumerate(m) for j, x in enumerate(row) if x != 0}
#[test]
fn sparse_dict_of_matrix() {
    let m = vec![
        vec![0.0, 1.5, 0.0],
        vec![2.0, 0.0, 0.0],
        vec![0.0, 0.0, -3.0],
    ];
    let sparse = comp!({(i, j): x for i, row in m.iter().enumerate() for j, &x in row.iter().enumerate() if x != 0.0});
    let mut by_hand = HashMap::new();
    for (i, row) in m.iter().enumerate() {
        for (j, &x) in row.iter().enumerate() {
            if x != 0.0 {
                by_hand.insert((i, j), x);
            }
        }
    }
    assert_eq!(sparse, by_hand);
}

// Python: [[x / s for x in row] for row in m if (s := sum(row)) != 0]
#[test]
fn row_normalize_with_walrus() {
    let m = vec![vec![1.0, 3.0], vec![0.0, 0.0], vec![2.0, 2.0, 4.0]];
    let norm = comp![[x / s for x in row] for row in &m if (s := row.iter().sum::<f64>()) != 0.0];
    let mut by_hand = vec![];
    for row in &m {
        let s: f64 = row.iter().sum();
        if s != 0.0 {
            by_hand.push(row.iter().map(|x| x / s).collect::<Vec<_>>());
        }
    }
    assert_eq!(norm, by_hand);
}

// Python: [math.sqrt(sum(x * x for x in row)) for row in m]   (row norms)
#[test]
fn row_norms_lazy_inner() {
    let m = matrix();
    let norms = comp![(x * x for x in row).sum::<f64>().sqrt() for row in &m];
    let by_hand: Vec<f64> = m
        .iter()
        .map(|r| r.iter().map(|x| x * x).sum::<f64>().sqrt())
        .collect();
    assert!(all_close(&norms, &by_hand));
}

// --- statistics: mean, variance, median, percentiles

// Python: mean = sum(xs) / len(xs); var = sum((x - mean) ** 2 for x in xs) / len(xs)
#[test]
fn mean_and_variance_let_clause() {
    let xs = sample();
    let mu = comp!((x for x in &xs)).sum::<f64>() / xs.len() as f64;
    let var = comp!((d * d for x in &xs let d = x - mu)).sum::<f64>() / xs.len() as f64;
    assert!(close(mu, mean(&xs)));
    assert!(close(var, pvariance(&xs)));
}

// Python: sorted_xs = sorted(xs); statistics.median(xs)
#[test]
fn median_from_sorted_block_iterable() {
    let xs = sample();
    let s = comp![x for x in { let mut v = xs.clone(); v.sort_by(f64::total_cmp); v }];
    let n = s.len();
    let med = if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    };
    let mut by_hand = xs.clone();
    by_hand.sort_by(|a, b| a.partial_cmp(b).unwrap());
    assert_eq!(s, by_hand);
    assert!(close(med, (by_hand[4] + by_hand[5]) / 2.0));
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let k = (sorted.len() - 1) as f64 * p / 100.0;
    let f = k.floor() as usize;
    let c = k.ceil() as usize;
    sorted[f] + (sorted[c] - sorted[f]) * (k - f as f64)
}

// Python: {p: percentile(s, p) for p in (25, 50, 75)}
#[test]
fn percentiles_dict_with_int_keys() {
    let mut s = sample();
    s.sort_by(f64::total_cmp);
    let q = comp!({p: percentile(&s, p as f64) for p in [25, 50, 75]});
    let mut by_hand = HashMap::new();
    for p in [25, 50, 75] {
        by_hand.insert(p, percentile(&s, f64::from(p)));
    }
    assert_eq!(q, by_hand);
    assert!(close(q[&50], (s[4] + s[5]) / 2.0));
}

// Python: [(x - mu) / sd for x in xs]
#[test]
fn z_scores() {
    let xs = sample();
    let mu = mean(&xs);
    let sd = pvariance(&xs).sqrt();
    let z = comp![(x - mu) / sd for x in &xs];
    let by_hand: Vec<f64> = xs.iter().map(|x| (x - mu) / sd).collect();
    assert_eq!(z, by_hand);
    assert!(
        close(comp!((v for v in &z)).sum::<f64>(), 0.0)
            || comp!((v for v in &z)).sum::<f64>().abs() < 1e-12
    );
}

// Python: [(i, z) for i, x in enumerate(xs) if abs(z := (x - mu) / sd) > 1.5]
#[test]
fn outliers_by_walrus_zscore() {
    let xs = sample();
    let mu = mean(&xs);
    let sd = pvariance(&xs).sqrt();
    let out = comp![(i, z) for i, x in xs.iter().enumerate() if (z := (x - mu) / sd).abs() > 1.5];
    let mut by_hand = vec![];
    for (i, x) in xs.iter().enumerate() {
        let z = (x - mu) / sd;
        if z.abs() > 1.5 {
            by_hand.push((i, z));
        }
    }
    assert_eq!(out, by_hand);
    assert!(!out.is_empty());
}

// Python: [y for x in xs if is_outlier(y := (x - mu) / sd)]   (walrus as a call argument)
#[test]
fn walrus_as_call_argument() {
    fn is_outlier(z: f64) -> bool {
        z.abs() > 1.5
    }
    let xs = sample();
    let (mu, sd) = (mean(&xs), pvariance(&xs).sqrt());
    let out = comp![y for x in &xs if is_outlier((y := (x - mu) / sd))];
    let by_hand: Vec<f64> = xs
        .iter()
        .map(|x| (x - mu) / sd)
        .filter(|z| z.abs() > 1.5)
        .collect();
    assert_eq!(out, by_hand);
}

// Python: statistics.geometric_mean / harmonic_mean
#[test]
fn geometric_and_harmonic_mean() {
    let xs: Vec<f64> = vec![1.0, 2.0, 4.0, 8.0];
    let n = xs.len() as f64;
    let gm = (comp!((x.ln() for x in &xs)).sum::<f64>() / n).exp();
    let hm = n / comp!((1.0 / x for x in &xs)).sum::<f64>();
    let prod: f64 = xs.iter().product();
    assert!(close(gm, prod.powf(1.0 / n)));
    assert!(close(hm, 4.0 / (1.0 + 0.5 + 0.25 + 0.125)));
}

// Python: cov = sum((a - ma) * (b - mb) for a, b in zip(xs, ys)) / n; corr
#[test]
fn covariance_and_correlation_zip_columns() {
    let xs = vec![1.0, 2.0, 3.0, 4.0, 5.0];
    let ys = vec![2.0, 4.1, 5.9, 8.2, 9.9];
    let (mx, my) = (mean(&xs), mean(&ys));
    let n = xs.len() as f64;
    let cov = comp!(((a - mx) * (b - my) for (a, b) in xs.iter().zip(&ys))).sum::<f64>() / n;
    let r = cov / (pvariance(&xs).sqrt() * pvariance(&ys).sqrt());
    let mut by_hand = 0.0;
    for i in 0..xs.len() {
        by_hand += (xs[i] - mx) * (ys[i] - my);
    }
    assert!(close(cov, by_hand / n));
    assert!(r > 0.99 && r <= 1.0);
}

// Python: [sum(w) / k for w in zip(*(xs[i:] for i in range(k)))]  (moving average)
#[test]
fn moving_average_windows() {
    let xs = sample();
    let k = 3;
    let ma = comp![w.iter().sum::<f64>() / k as f64 for w in xs.windows(k)];
    let mut by_hand = vec![];
    for i in 0..=xs.len() - k {
        by_hand.push((xs[i] + xs[i + 1] + xs[i + 2]) / 3.0);
    }
    assert!(all_close(&ma, &by_hand));
}

// Python: [b - a for a, b in zip(xs, xs[1:])]
#[test]
fn successive_differences() {
    let xs = sample();
    let d1 = comp![b - a for (a, b) in xs.iter().zip(&xs[1..])];
    let d2 = comp![b - a for w in xs.windows(2) if let &[a, b] = w];
    let by_hand: Vec<f64> = (1..xs.len()).map(|i| xs[i] - xs[i - 1]).collect();
    assert_eq!(d1, by_hand);
    assert_eq!(d2, by_hand);
}

// --- normalization

// Python: [(x - lo) / (hi - lo) if hi > lo else 0.0 for x in xs]
#[test]
fn min_max_normalization() {
    let xs = sample();
    let lo = comp!((x for x in &xs)).fold(f64::INFINITY, |a, &b| a.min(b));
    let hi = comp!((x for x in &xs))
        .copied()
        .fold(f64::NEG_INFINITY, f64::max);
    let norm = comp![(x - lo) / (hi - lo) if hi > lo else 0.0 for x in &xs];
    let by_hand: Vec<f64> = xs.iter().map(|x| (x - lo) / (hi - lo)).collect();
    assert_eq!(norm, by_hand);
    assert_eq!(lo, -2.75);
    assert_eq!(hi, 9.0);
}

// Python: exps = [math.exp(x - m) for x in xs]; s = sum(exps); [e / s for e in exps]
#[test]
fn softmax() {
    let xs: Vec<f64> = vec![1.0, 2.0, 3.0, 0.5];
    let m = comp!((x for x in &xs))
        .max_by(|a, b| a.total_cmp(b))
        .copied()
        .unwrap();
    let exps = comp![(x - m).exp() for x in &xs];
    let s: f64 = exps.iter().sum();
    let sm = comp![e / s for e in exps];
    let mut by_hand = vec![];
    let tot: f64 = xs.iter().map(|x| (x - 3.0f64).exp()).sum();
    for x in &xs {
        by_hand.push((x - 3.0f64).exp() / tot);
    }
    assert!(all_close(&sm, &by_hand));
    assert!(close(sm.iter().sum::<f64>(), 1.0));
}

// Python: [[(x - mu) / sd for x in row] for row in m for mu in [mean(row)] ...] with lets
#[test]
fn standardize_rows_two_lets() {
    let m = matrix();
    let st = comp![[(x - mu) / sd for x in row] for row in &m let mu = mean(row) let sd = pvariance(row).sqrt()];
    let mut by_hand = vec![];
    for row in &m {
        let mu = mean(row);
        let sd = pvariance(row).sqrt();
        by_hand.push(row.iter().map(|x| (x - mu) / sd).collect::<Vec<f64>>());
    }
    assert_eq!(st, by_hand);
}

// Python: [v / norm for v in vec]  where norm = math.hypot(*vec), written as a closure
#[test]
fn unit_vector_in_closure() {
    let unit = |v: &[f64]| {
        let n = comp!((x * x for x in v)).sum::<f64>().sqrt();
        comp![x / n if n > 0.0 else 0.0 for x in v]
    };
    let u = unit(&[3.0, 4.0]);
    assert_eq!(u, vec![3.0 / 5.0, 4.0 / 5.0]);
    assert_eq!(unit(&[0.0, 0.0]), vec![0.0, 0.0]);
}

// Python: def to_floats(xs): return [float(x) for x in xs]   (generic)
fn to_f64<T: Copy + Into<f64>>(xs: &[T]) -> Vec<f64> {
    comp![x.into() for &x in xs]
}

fn positive_f64<T: Copy + Into<f64>>(xs: &[T]) -> Vec<f64> {
    comp![y for &x in xs if (y := x.into()) > 0.0]
}

#[test]
fn generic_into_f64() {
    let ints: Vec<i32> = vec![3, -1, 7];
    let floats: Vec<f32> = vec![0.5, -2.0];
    let mut by_hand = vec![];
    for &i in &ints {
        by_hand.push(f64::from(i));
    }
    assert_eq!(to_f64(&ints), by_hand);
    assert_eq!(to_f64(&floats), vec![0.5, -2.0]);
    assert_eq!(positive_f64(&ints), vec![3.0, 7.0]);
}

// --- enumerate, zip, pairwise combinations

// Python: [(i, j) for i in range(n) for j in range(i + 1, n)]
#[test]
fn pair_indices() {
    let n = 5;
    let pairs = comp![(i, j) for i in 0..n for j in i + 1..n];
    let mut by_hand = vec![];
    for i in 0..n {
        for j in (i + 1)..n {
            by_hand.push((i, j));
        }
    }
    assert_eq!(pairs, by_hand);
    assert_eq!(pairs.len(), n * (n - 1) / 2);
}

// Python: min(abs(a - b) for i, a in enumerate(xs) for b in xs[i + 1:])
#[test]
fn closest_pair_distance() {
    let xs: Vec<f64> = vec![4.0, 9.5, 1.0, 9.25, -3.0];
    let best = comp!(((a - b).abs() for i, a in xs.iter().enumerate() for b in &xs[i + 1..]))
        .fold(f64::INFINITY, f64::min);
    let mut by_hand = f64::INFINITY;
    for i in 0..xs.len() {
        for j in i + 1..xs.len() {
            by_hand = by_hand.min((xs[i] - xs[j]).abs());
        }
    }
    assert_eq!(best, by_hand);
    assert_eq!(best, 0.25);
}

// Python: [[dist(p, q) for q in pts] for p in pts]
#[test]
fn distance_matrix() {
    let pts = vec![(0.0, 0.0), (3.0, 4.0), (-1.0, 1.0)];
    let dist = |p: &(f64, f64), q: &(f64, f64)| ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt();
    let d = comp![[dist(p, q) for q in &pts] for p in &pts];
    assert_eq!(d[0][1], 5.0);
    for i in 0..3 {
        assert_eq!(d[i][i], 0.0);
        for j in 0..3 {
            assert_eq!(d[i][j], d[j][i]);
        }
    }
}

// Python: {(a, b): cov(cols[a], cols[b]) for a in names for b in names if a < b}
#[test]
fn pairwise_covariances_by_name() {
    let cols: HashMap<&str, Vec<f64>> = HashMap::from([
        ("x", vec![1.0, 2.0, 3.0]),
        ("y", vec![2.0, 1.0, 0.0]),
        ("z", vec![5.0, 5.0, 6.0]),
    ]);
    let cov = |a: &[f64], b: &[f64]| {
        let (ma, mb) = (mean(a), mean(b));
        a.iter()
            .zip(b)
            .map(|(x, y)| (x - ma) * (y - mb))
            .sum::<f64>()
            / a.len() as f64
    };
    let mut names = comp![*k for k in cols.keys()];
    names.sort();
    let c = comp!({(a, b): cov(&cols[a], &cols[b]) for &a in &names for &b in &names if a < b});
    let mut by_hand = HashMap::new();
    for i in 0..names.len() {
        for j in i + 1..names.len() {
            by_hand.insert((names[i], names[j]), cov(&cols[names[i]], &cols[names[j]]));
        }
    }
    assert_eq!(c, by_hand);
    assert!(close(c[&("x", "y")], -2.0 / 3.0));
}

// Python: [(name, round(v, 1)) for name, v in zip(names, values)]
#[test]
fn zip_names_values_tuple_with_rounding() {
    let names = vec!["a", "b", "c"];
    let values: Vec<f64> = vec![1.26, 2.04, -0.55];
    let r = comp![(name, (v * 10.0).round() / 10.0) for (name, v) in names.iter().zip(&values)];
    let by_hand: Vec<(&&str, f64)> = names
        .iter()
        .zip(values.iter())
        .map(|(n, v)| (n, (v * 10.0).round() / 10.0))
        .collect();
    assert_eq!(r, by_hand);
    assert_eq!(r[0].1, 1.3);
}

// Python: [a * b + c for a, b, c in zip(xs, ys, zs)]
#[test]
fn zip_three_columns() {
    let xs = vec![1.0, 2.0, 3.0];
    let ys = vec![0.5, 0.25, 2.0];
    let zs = vec![-1.0, 1.0, 0.0];
    let r = comp![a * b + c for (a, (b, c)) in xs.iter().zip(ys.iter().zip(&zs))];
    let mut by_hand = vec![];
    for i in 0..3 {
        by_hand.push(xs[i] * ys[i] + zs[i]);
    }
    assert_eq!(r, by_hand);
}

// Python: max(range(len(xs)), key=lambda i: xs[i])   (argmax)
#[test]
fn argmax_and_argmin() {
    let xs = sample();
    let am = comp!(((i, x) for i, x in xs.iter().enumerate()))
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(i, _)| i);
    let an = comp!((i for i in 0..xs.len())).min_by(|&a, &b| xs[a].partial_cmp(&xs[b]).unwrap());
    assert_eq!(am, Some(8));
    assert_eq!(an, Some(7));
}

// --- running totals

// Python: total = 0; [total := total + v for v in vs]  (accumulates in Python)
#[test]
fn running_total_walrus_does_not_accumulate() {
    let vs = vec![1.0, 2.5, -0.5, 4.0];
    let total = 0.0;
    // documented (README, Python differences: walrus scope): no accumulation
    let r = comp![(total := total + v) for v in &vs];
    let by_hand: Vec<f64> = vs.iter().map(|v| total + v).collect();
    assert_eq!(r, by_hand);
}

// Python: itertools.accumulate(vs)  written with an outer mutable
#[test]
fn running_total_block_element() {
    let vs = vec![1.0, 2.5, -0.5, 4.0];
    let mut acc = 0.0;
    let r = comp![{ acc += v; acc } for v in &vs];
    let mut by_hand = vec![];
    let mut t = 0.0;
    for v in &vs {
        t += v;
        by_hand.push(t);
    }
    assert_eq!(r, by_hand);
    assert_eq!(acc, 7.0);
}

// Python: [sum(xs[:i + 1]) for i in range(len(xs))]
#[test]
fn prefix_sums_by_slicing() {
    let xs = sample();
    let ps = comp![xs[..=i].iter().sum::<f64>() for i in 0..xs.len()];
    let by_hand: Vec<f64> = xs
        .iter()
        .scan(0.0, |s, x| {
            *s += x;
            Some(*s)
        })
        .collect();
    assert!(all_close(&ps, &by_hand));
}

// --- histogram bins

// Python: {b: sum(1 for x in xs if int((x - lo) // w) == b) for b in range(nbins)}
#[test]
fn histogram_dict_of_counts() {
    let xs = sample();
    let (lo, w, nbins) = (-3.0, 3.0, 5usize);
    let h = comp!({b: (x for x in &xs if ((x - lo) / w).floor() as usize == b).count() for b in 0..nbins});
    let mut by_hand = HashMap::new();
    for b in 0..nbins {
        by_hand.insert(b, 0);
    }
    for x in &xs {
        let b = ((x - lo) / w).floor() as usize;
        *by_hand.get_mut(&b).unwrap() += 1;
    }
    assert_eq!(h, by_hand);
}

// Python: edges = [lo + i * w for i in range(nbins + 1)]; labels
#[test]
fn histogram_edges_and_labels() {
    let (lo, hi, nbins) = (0.0, 10.0, 4);
    let w = (hi - lo) / nbins as f64;
    let edges = comp![lo + i as f64 * w for i in 0..=nbins];
    let labels = comp![format!("[{a:.1}, {b:.1}{}", ")" if i + 1 < nbins else "]") for i, (a, b) in edges.iter().zip(&edges[1..]).enumerate()];
    assert_eq!(edges, vec![0.0, 2.5, 5.0, 7.5, 10.0]);
    assert_eq!(labels[0], "[0.0, 2.5)");
    assert_eq!(labels[3], "[7.5, 10.0]");
}

// Python: {x: len([y for y in xs if y < x]) / n for x in xs}  (percent rank, float keys)
#[test]
fn percent_rank_keyed_by_bits() {
    let xs: Vec<f64> = vec![3.0, 1.0, 2.0, 5.0];
    let n = xs.len() as f64;
    let pr = comp!({x.to_bits(): (y for y in &xs if y < x).count() as f64 / n for x in &xs});
    assert_eq!(pr[&1.0f64.to_bits()], 0.0);
    assert_eq!(pr[&5.0f64.to_bits()], 0.75);
    let mut by_hand = HashMap::new();
    for x in &xs {
        by_hand.insert(x.to_bits(), xs.iter().filter(|y| *y < x).count() as f64 / n);
    }
    assert_eq!(pr, by_hand);
}

// --- floats as dict keys / set items

// Python: {x for x in xs}   (distinct float values)
#[test]
fn distinct_floats_via_bits() {
    let xs = sample();
    let bits = comp!({x.to_bits() for x in &xs});
    let back = comp![f64::from_bits(*b) for b in &bits];
    let mut by_hand = HashSet::new();
    for x in &xs {
        by_hand.insert(x.to_bits());
    }
    assert_eq!(bits, by_hand);
    assert_eq!(back.len(), 9);
}

// Python: {round(x, 2): x for x in xs}
#[test]
fn dict_keyed_by_rounded_cents() {
    let xs: Vec<f64> = vec![1.004, 1.006, 2.5, 2.499, 3.0];
    let d = comp!({(x * 100.0).round() as i64: x for x in xs});
    let mut by_hand = HashMap::new();
    for x in [1.004, 1.006, 2.5, 2.499, 3.0] {
        by_hand.insert((x * 100.0f64).round() as i64, x);
    }
    assert_eq!(d, by_hand);
    assert_eq!(d.len(), 4);
}

// Python: {k: {round(v) for v in vs} for k, vs in groups.items()}
#[test]
fn nested_set_of_rounded_in_dict() {
    let groups = HashMap::from([("a", vec![1.2f64, 0.8, 1.4]), ("b", vec![2.6, -0.4])]);
    let d = comp!({k: {v.round() as i64 for v in vs} for (k, vs) in &groups});
    let mut by_hand = HashMap::new();
    for (k, vs) in &groups {
        let s: HashSet<i64> = vs.iter().map(|v| v.round() as i64).collect();
        by_hand.insert(k, s);
    }
    assert_eq!(d, by_hand);
}

// Python: {k: statistics.mean(v) for k, v in groups.items() if v}
#[test]
fn group_means() {
    let groups: Vec<(String, Vec<f64>)> = vec![
        ("a".into(), vec![1.0, 2.0]),
        ("b".into(), vec![]),
        ("c".into(), vec![4.5]),
    ];
    let m = comp!({k.clone(): mean(v) for (k, v) in &groups if !v.is_empty()});
    let mut by_hand = HashMap::new();
    for (k, v) in &groups {
        if !v.is_empty() {
            by_hand.insert(k.clone(), mean(v));
        }
    }
    assert_eq!(m, by_hand);
}

// Python: collections.Counter(round(x) for x in xs).most_common(1)  (mode)
#[test]
fn mode_of_rounded() {
    let xs: Vec<f64> = vec![1.2, 2.9, 3.1, 2.6, 0.9, 3.4];
    let counts = comp!({r: (y for y in &xs if y.round() as i64 == r).count() for x in &xs let r = x.round() as i64});
    let mode = comp!(((c, -r) for (&r, &c) in &counts))
        .max()
        .map(|(_, r)| -r);
    let mut by_hand: HashMap<i64, usize> = HashMap::new();
    for x in &xs {
        *by_hand.entry(x.round() as i64).or_default() += 1;
    }
    assert_eq!(counts, by_hand);
    assert_eq!(mode, Some(3));
}

// --- sorting floats

// Python: sorted((x for x in xs if not math.isnan(x)), reverse=True)
#[test]
fn sort_desc_skipping_nan() {
    let xs = vec![1.0, f64::NAN, -2.0, 3.5, f64::NAN, 0.0];
    let mut v = comp![x for &x in &xs if !x.is_nan()];
    v.sort_by(|a, b| b.partial_cmp(a).unwrap());
    assert_eq!(v, vec![3.5, 1.0, 0.0, -2.0]);
}

// Python: sorted(range(len(xs)), key=lambda i: xs[i])  (argsort) then ranks
#[test]
fn argsort_and_ranks() {
    let xs: Vec<f64> = vec![0.3, -1.0, 2.0, 0.1];
    let mut idx = comp![i for i in 0..xs.len()];
    idx.sort_by(|&a, &b| xs[a].total_cmp(&xs[b]));
    let rank = comp!({i: r for r, &i in idx.iter().enumerate()});
    assert_eq!(idx, vec![1, 3, 0, 2]);
    let mut by_hand = HashMap::new();
    for (r, &i) in idx.iter().enumerate() {
        by_hand.insert(i, r);
    }
    assert_eq!(rank, by_hand);
    assert_eq!(rank[&2], 3);
}

// Python: sorted(xs, key=abs)[:3]
#[test]
fn smallest_by_abs() {
    let xs = sample();
    let mut by_abs = comp![(x.abs(), x) for &x in &xs];
    by_abs.sort_by(|a, b| a.0.total_cmp(&b.0));
    let top3 = comp![x for (_, x) in by_abs.into_iter().take(3)];
    assert_eq!(top3, vec![0.0, -1.0, 1.5]);
}

// --- rounding and conversions

// Python: [int(round(x)) for x in xs]; [x / 2 for x in ints]
#[test]
fn round_and_casts() {
    let xs = sample();
    let ints = comp![x.round() as i64 for x in &xs];
    let halves = comp![i as f64 / 2.0 for i in ints.iter().copied()];
    let mut by_hand = vec![];
    for x in &xs {
        by_hand.push(x.round() as i64);
    }
    assert_eq!(ints, by_hand);
    assert_eq!(halves[0], 1.5); // 2.5 rounds away from zero to 3
}

// Python: [start + i * (stop - start) / (n - 1) for i in range(n)]   (linspace)
#[test]
fn linspace() {
    let (start, stop, n) = (1.0, 2.0, 5usize);
    let ls = comp![start + (stop - start) * i as f64 / (n - 1) as f64 for i in 0..n];
    assert_eq!(ls, vec![1.0, 1.25, 1.5, 1.75, 2.0]);
}

// Python: [int(x) for x in counts]  -> raises OverflowError-like on bad values
#[test]
fn try_from_with_question_mark() {
    let counts: Vec<i64> = vec![3, 255, 0];
    let bad: Vec<i64> = vec![3, 256, -1];
    let ok = comp![u8::try_from(c)? for &c in &counts];
    let err = comp![u8::try_from(c)? for &c in &bad];
    let by_hand: Result<Vec<u8>, TryFromIntError> =
        counts.iter().map(|&c| u8::try_from(c)).collect();
    assert_eq!(ok, by_hand);
    assert!(err.is_err());
}

// Python: {k: int(v) for k, v in totals.items()}  raising on negatives
fn to_u32_dict(
    totals: &[(&'static str, i64)],
) -> Result<HashMap<&'static str, u32>, TryFromIntError> {
    comp!({k: u32::try_from(v)? for &(k, v) in totals})
}

#[test]
fn try_from_dict_in_fn() {
    let d = to_u32_dict(&[("a", 1), ("b", 40)]).unwrap();
    assert_eq!(d, HashMap::from([("a", 1u32), ("b", 40)]));
    assert!(to_u32_dict(&[("a", -1)]).is_err());
}

// Python: [[float(c) for c in line.split(",")] for line in text.splitlines()]
fn parse_csv(text: &str) -> Result<Vec<Vec<f64>>, ParseFloatError> {
    comp![[c.trim().parse::<f64>()? for c in line.split(',')]? for line in text.lines()]
}

#[test]
fn parse_csv_nested_question() {
    let m = parse_csv("1, 2.5\n-3,4e1").unwrap();
    let mut by_hand = vec![];
    for line in "1, 2.5\n-3,4e1".lines() {
        let mut row = vec![];
        for c in line.split(',') {
            row.push(c.trim().parse::<f64>().unwrap());
        }
        by_hand.push(row);
    }
    assert_eq!(m, by_hand);
    assert!(parse_csv("1,x").is_err());
}

// Python: (float(s) for s in fields)  lazily, stopping at the first error
#[test]
fn lazy_parse_floats() {
    let fields = vec!["1.5", "2", "oops", "4"];
    let items: Vec<Result<f64, ParseFloatError>> =
        comp!((s.parse::<f64>()? for s in &fields)).collect();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0], Ok(1.5));
    assert!(items[2].is_err());
}

// Python: [xs[i] for i in idx]  with Option (IndexError -> None)
#[test]
fn gather_by_index_option() {
    let xs = sample();
    let good = comp![xs.get(i).copied()? for i in [0, 2, 4]];
    let bad = comp![xs.get(i).copied()? for i in [0, 20]];
    assert_eq!(good, Some(vec![xs[0], xs[2], xs[4]]));
    assert_eq!(bad, None);
}

// Python: [f"{x:.2f}" if x >= 0 else f"({-x:.2f})" for x in xs]
#[test]
fn accounting_format() {
    let xs = vec![1.5, -2.25, 0.0];
    let s = comp![format!("{x:.2}") if x >= 0.0 else format!("({:.2})", -x) for &x in &xs];
    assert_eq!(s, vec!["1.50", "(2.25)", "0.00"]);
}

// Python: [min(max(x, lo), hi) for x in xs]   with a conditional inside a method arg
#[test]
fn clamp_with_conditional_in_args() {
    let xs = sample();
    let (lo, hi) = (0.0, 5.0);
    let flip = true;
    let c = comp![x.clamp(lo, hi if flip else 100.0).max(0.5 if x > lo else lo) for &x in &xs];
    let by_hand: Vec<f64> = xs
        .iter()
        .map(|&x| x.clamp(lo, hi).max(if x > lo { 0.5 } else { lo }))
        .collect();
    assert_eq!(c, by_hand);
}

// Python: [0 <= x < 1 for x in fracs]  chained comparison on floats
#[test]
fn chained_comparison_unit_interval() {
    let xs = vec![-0.1, 0.0, 0.5, 1.0, 0.999];
    let inside = comp![x for &x in &xs if 0.0 <= x < 1.0];
    assert_eq!(inside, vec![0.0, 0.5, 0.999]);
}

// --- min / max of floats over generators

// Python: max(abs(x) for x in xs)
#[test]
fn max_abs_over_generator() {
    let xs = sample();
    let m = comp!((x.abs() for x in &xs)).fold(0.0, f64::max);
    let m2 = comp!((x.abs() for x in &xs)).max_by(f64::total_cmp);
    assert_eq!(m, 9.0);
    assert_eq!(m2, Some(9.0));
}

// Python: min((x for x in xs if x > 0), default=None)
#[test]
fn min_positive_default() {
    let xs = sample();
    let m = comp!((x for x in &xs if *x > 0.0))
        .copied()
        .reduce(f64::min);
    let none = comp!((x for x in &xs if *x > 100.0))
        .copied()
        .reduce(f64::min);
    assert_eq!(m, Some(1.5));
    assert_eq!(none, None);
}

// Python: [max(row) - min(row) for row in m]   (range per row, in a match arm)
#[derive(Clone, Copy)]
enum Spread {
    Range,
    Std,
}

fn spread(m: &[Vec<f64>], how: Spread) -> Vec<f64> {
    match how {
        Spread::Range => {
            comp![row.iter().copied().fold(f64::MIN, f64::max) - row.iter().copied().fold(f64::MAX, f64::min) for row in m]
        }
        Spread::Std => comp![pvariance(row).sqrt() for row in m],
    }
}

#[test]
fn spread_in_match_arm() {
    let m = matrix();
    let r = spread(&m, Spread::Range);
    assert_eq!(r, vec![2.0, 2.0, 2.5, 3.0]);
    let s = spread(&m, Spread::Std);
    assert!(close(s[0], (2.0f64 / 3.0).sqrt()));
}

// --- methods and lazy results returned from functions

struct Series {
    data: Vec<f64>,
}

impl Series {
    // Python: def scaled(self, k): return (x * k for x in self.data)
    fn scaled(&self, k: f64) -> impl Iterator<Item = f64> + '_ {
        comp!(move (x * k for x in &self.data))
    }

    // Python: def clipped(self, lo, hi): return [x for x in self.data if lo <= x <= hi]
    fn clipped(&self, lo: f64, hi: f64) -> Vec<f64> {
        comp![x for &x in &self.data if lo <= x <= hi]
    }
}

fn owned_scaled(xs: Vec<f64>, k: f64) -> impl Iterator<Item = f64> {
    comp!(move (x * k for x in xs))
}

#[test]
fn series_methods() {
    let s = Series { data: sample() };
    let v: Vec<f64> = s.scaled(2.0).collect();
    assert_eq!(v, s.data.iter().map(|x| x * 2.0).collect::<Vec<_>>());
    assert_eq!(s.clipped(0.0, 4.0), vec![2.5, 4.0, 4.0, 0.0, 3.5, 1.5]);
    assert_eq!(owned_scaled(vec![1.0, 2.0], 0.5).sum::<f64>(), 1.5);
}

// Python: [row for row in m if not any(math.isnan(x) for x in row)]
#[test]
fn drop_rows_with_nan() {
    let m = vec![vec![1.0, 2.0], vec![f64::NAN, 1.0], vec![0.0, 0.0]];
    let clean = comp![row for row in &m if !(x.is_nan() for x in row).any(|b| b)];
    let by_hand: Vec<&Vec<f64>> = m.iter().filter(|r| !r.iter().any(|x| x.is_nan())).collect();
    assert_eq!(clean, by_hand);
}

// --- inference from the expected type

// Python: row_sums = [sum(row) for row in m if row]  (sum's type from the binding)
#[test]
fn untyped_sum_inferred_from_binding() {
    let m = matrix();
    let all: Vec<f64> = comp![row.iter().sum() for row in &m];
    let some: Vec<f64> = comp![row.iter().sum() for row in &m if row.len() > 2];
    let d: HashMap<usize, f64> = comp!({i: row.iter().sum() for (i, row) in m.iter().enumerate()});
    let by_hand: Vec<f64> = m.iter().map(|r| r.iter().sum()).collect();
    assert_eq!(all, by_hand);
    assert_eq!(some, by_hand);
    assert_eq!(d[&3], by_hand[3]);
}

// Python: list(sum(r) for r in m); max(sum(r) for r in m)
#[test]
fn untyped_sum_in_lazy_form() {
    let m = matrix();
    let v: Vec<f64> = comp!((row.iter().sum() for row in &m)).collect();
    let best = comp!((row.iter().sum() for row in &m)).fold(f64::MIN, f64::max);
    let by_hand: Vec<f64> = m.iter().map(|r| r.iter().sum()).collect();
    assert_eq!(v, by_hand);
    assert_eq!(best, 24.5);
}

// Python: [float(s) for s in fields if s]
#[test]
fn untyped_parse_inferred_from_binding() {
    let fields = vec!["1.5", "", "-2", "3e2"];
    let v: Vec<f64> = comp![s.parse().unwrap() for s in &fields if !s.is_empty()];
    let w: Vec<f64> = comp![v for s in &fields if let Ok(v) = s.parse()];
    let by_hand: Vec<f64> = fields
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect();
    assert_eq!(v, by_hand);
    assert_eq!(w, by_hand);
}

// --- more Python shapes

// Python: [y for x in xs if is_outlier(y := (x - mu) / sd)]   (unparenthesized walrus in a call)
#[test]
fn walrus_bare_in_call_argument() {
    fn is_outlier(z: f64) -> bool {
        z.abs() > 1.5
    }
    let xs = sample();
    let (mu, sd) = (mean(&xs), pvariance(&xs).sqrt());
    let out = comp![y for x in &xs if is_outlier(y := (x - mu) / sd)];
    let by_hand: Vec<f64> = xs
        .iter()
        .map(|x| (x - mu) / sd)
        .filter(|z| z.abs() > 1.5)
        .collect();
    assert_eq!(out, by_hand);
}

// Python: [(s := x * x, s + 1) for x in xs]   (walrus in the element's tuple)
#[test]
fn walrus_in_element_tuple() {
    let xs = vec![1.5f64, -2.0, 0.5];
    let r = comp![((s := x * x), s + 1.0) for x in &xs];
    let by_hand: Vec<(f64, f64)> = xs.iter().map(|x| (x * x, x * x + 1.0)).collect();
    assert_eq!(r, by_hand);
}

// Python: {(k := round(x * 10)): k / 10 for x in xs}
#[test]
fn walrus_in_dict_key() {
    let xs = vec![1.04f64, 2.26, 1.01];
    let d = comp!({(k := (x * 10.0).round() as i64): k as f64 / 10.0 for x in &xs});
    let mut by_hand = HashMap::new();
    for x in &xs {
        let k = (x * 10.0).round() as i64;
        by_hand.insert(k, k as f64 / 10.0);
    }
    assert_eq!(d, by_hand);
}

// Python: ["low" if z < -1 else "high" if z > 1 else "mid" for z in zs]
#[test]
fn chained_conditional_labels() {
    let zs = vec![-1.5f64, 0.0, 2.0, 1.0];
    let labels = comp!(["low" if z < -1.0 else "high" if z > 1.0 else "mid" for &z in &zs]);
    let by_key = comp!({i: ("neg" if z < 0.0 else "pos") for i, &z in zs.iter().enumerate()});
    assert_eq!(labels, vec!["low", "mid", "high", "mid"]);
    assert_eq!(by_key[&0], "neg");
    assert_eq!(by_key[&3], "pos");
}

// Python: [row[j if j < len(row) else -1] for row in m]
#[test]
fn conditional_inside_index_and_closure() {
    let m = vec![vec![1.0f64, 2.0, 3.0], vec![4.0]];
    let j = 2;
    let picked = comp![row[j if j < row.len() else row.len() - 1] for row in &m];
    let s = 0.0;
    let scaled =
        comp![row.iter().map(|v| v / s if s > 0.0 else *v).collect::<Vec<f64>>() for row in &m];
    assert_eq!(picked, vec![3.0, 4.0]);
    assert_eq!(scaled, m);
}

// Python: [sign * math.sqrt(abs(x)) for x in xs for sign in [1 if x >= 0 else -1]]
#[test]
fn let_clause_with_conditional_value() {
    let xs = sample();
    let r = comp![sign * x.abs().sqrt() for &x in &xs let sign = 1.0 if x >= 0.0 else -1.0];
    let by_hand: Vec<f64> = xs.iter().map(|x| x.signum() * x.abs().sqrt()).collect();
    // signum(0.0) is 1.0 too
    assert_eq!(r, by_hand);
}

// Python: [i / n for i in range(n) if i / n <= lim]
#[test]
fn casts_in_conditions() {
    let n = 10;
    let lim = 0.45;
    let a = comp![i as f64 / n as f64 for i in 0..n if i as f64 / n as f64 <= lim];
    let b = comp![i for i in 0..n if 0.1 <= i as f64 / n as f64 <= lim];
    let by_hand: Vec<f64> = (0..n)
        .map(|i| i as f64 / n as f64)
        .filter(|f| *f <= lim)
        .collect();
    assert_eq!(a, by_hand);
    assert_eq!(b, vec![1, 2, 3, 4]);
}

// Python: [x for row in m for x in row]; sum(x for row in m for x in row)
#[test]
fn flatten_matrix() {
    let m = matrix();
    let flat = comp![x for row in &m for &x in row];
    let total = comp!((x for row in &m for x in row)).sum::<f64>();
    let owned_total = comp!((x * 2.0 for row in m.clone() for x in row.iter())).sum::<f64>();
    let by_hand: Vec<f64> = m.iter().flatten().copied().collect();
    assert_eq!(flat, by_hand);
    assert!(close(total, by_hand.iter().sum()));
    assert!(close(owned_total, 2.0 * total));
}

// Python: reversed([x * 2 for x in xs])  and len of a generator turned list
#[test]
fn lazy_form_rev_and_len() {
    let xs = sample();
    let back: Vec<f64> = comp!((x * 2.0 for x in &xs)).rev().collect();
    let n = comp!((x * 2.0 for x in &xs)).len();
    let mut by_hand: Vec<f64> = xs.iter().map(|x| x * 2.0).collect();
    by_hand.reverse();
    assert_eq!(back, by_hand);
    assert_eq!(n, xs.len());
}

// Python: [[float(c) for c in line.split(",")] for line in text.splitlines()] summed per line
fn line_sums(text: &str) -> Result<Vec<f64>, ParseFloatError> {
    comp![(c.trim().parse::<f64>()? for c in line.split(',')).sum::<Result<f64, _>>()? for line in text.lines()]
}

#[test]
fn line_sums_lazy_question_inner() {
    assert_eq!(line_sums("1,2\n3.5").unwrap(), vec![3.0, 3.5]);
    assert!(line_sums("1,z").is_err());
}

// Python: [x for s in fields if (x := float(s)) > 0]   (raises on bad input)
fn positives(fields: &[&str]) -> Result<Vec<f64>, ParseFloatError> {
    comp![x for s in fields if (x := s.parse::<f64>()?) > 0.0]
}

#[test]
fn walrus_with_question_mark() {
    assert_eq!(positives(&["1", "-2", "0.5"]).unwrap(), vec![1.0, 0.5]);
    assert!(positives(&["1", "x"]).is_err());
}

// Python: statistics.mean(float(t) for line in text.splitlines() for t in line.split())
#[test]
fn tokens_over_temporary_lines() {
    let text = String::from("1 2 x\n 4.5  y 6");
    let vals = comp![v for line in text.to_lowercase().lines() for t in line.split_whitespace() if let Ok(v) = t.parse::<f64>()];
    let m = mean(&comp![*x for x in vals.iter().filter(|x| x.is_finite())]);
    let mut by_hand = vec![];
    for line in text.lines() {
        for t in line.split_whitespace() {
            if let Ok(v) = t.parse::<f64>() {
                by_hand.push(v);
            }
        }
    }
    assert_eq!(vals, by_hand);
    assert!(close(m, 13.5 / 4.0));
}

// Python: for x in [x for x in v if x < 0]: x = 0  (clip negatives in place)
#[test]
fn clip_in_place_via_iter_mut() {
    let mut v = sample();
    for r in comp![x for x in v.iter_mut() if *x < 0.0] {
        *r = 0.0;
    }
    let by_hand: Vec<f64> = sample().into_iter().map(|x| x.max(0.0)).collect();
    assert_eq!(v, by_hand);
}

// Python: max(x * 2 for x in xs)
// Not a finding: `comp!((x * 2.0 for x in &xs)).max()` is "the trait bound `f64: Ord` is not
// satisfied" on the whole call, which README (Diagnostics, "still worse than by hand") lists.
#[test]
fn max_of_floats_lazy() {
    let xs = sample();
    let m = comp!((x * 2.0 for x in &xs)).max_by(f64::total_cmp);
    let by_hand = xs.iter().map(|x| x * 2.0).fold(f64::NEG_INFINITY, f64::max);
    assert_eq!(m, Some(by_hand));
}

// Python: {x for x in xs}  a set of floats
// Not a finding: `comp!({x for x in xs})` is two errors (`f64: Eq`, `f64: Hash`) on `x`,
// listed in README (Diagnostics, "a set of `f64` is two errors").
#[test]
fn set_of_floats_direct() {
    let xs = sample();
    let s = comp!({x.to_bits() for x in xs});
    let by_hand: HashSet<u64> = sample().iter().map(|x| x.to_bits()).collect();
    assert_eq!(s, by_hand);
}

// --- Rust expressions inside comprehensions

#[derive(Debug, PartialEq)]
struct Stats {
    mean: f64,
    sd: f64,
}

// Python: [Stats(mean=mu, sd=sd) for row in m for mu in [mean(row)] for sd in [pstdev(row)]]
#[test]
fn struct_literal_element() {
    let m = matrix();
    let st = comp![Stats { mean: mu, sd } for row in &m let mu = mean(row) let sd = pvariance(row).sqrt()];
    let by_hand: Vec<Stats> = m
        .iter()
        .map(|r| Stats {
            mean: mean(r),
            sd: pvariance(r).sqrt(),
        })
        .collect();
    assert_eq!(st, by_hand);
}

// Python: [-1 if x < 0 else (0 if x == 0 else 1) for x in xs]  written with Rust's match / if
#[test]
fn match_and_rust_if_in_element() {
    use std::cmp::Ordering;
    let xs = sample();
    let sgn = comp![match x.partial_cmp(&0.0) { Some(Ordering::Less) => -1, Some(Ordering::Equal) => 0, _ => 1 } for x in &xs];
    let pos = comp![if *x > 0.0 { *x } else { 0.0 } for x in &xs];
    let by_hand: Vec<i32> = xs
        .iter()
        .map(|&x| {
            if x < 0.0 {
                -1
            } else if x == 0.0 {
                0
            } else {
                1
            }
        })
        .collect();
    assert_eq!(sgn, by_hand);
    assert_eq!(pos, xs.iter().map(|x| x.max(0.0)).collect::<Vec<_>>());
}

// Python: [sum(c * x ** i for i, c in enumerate(coeffs)) for x in xs]  (polynomial, Horner)
#[test]
fn polynomial_closures_with_patterns() {
    let coeffs = vec![1.0f64, -2.0, 0.5];
    let xs = vec![0.0f64, 1.0, 2.0, -1.0];
    let horner = comp![coeffs.iter().rev().fold(0.0, |a, &c| a * x + c) for &x in &xs];
    let powers = comp![(c * x.powi(i as i32) for (i, c) in coeffs.iter().enumerate()).sum::<f64>() for &x in &xs];
    let by_hand: Vec<f64> = xs.iter().map(|x| 1.0 - 2.0 * x + 0.5 * x * x).collect();
    assert!(all_close(&horner, &by_hand));
    assert!(all_close(&powers, &by_hand));
}

fn fsum(it: impl Iterator<Item = f64>) -> f64 {
    // Python's math.fsum, naively (Kahan)
    let (mut s, mut c) = (0.0, 0.0);
    for x in it {
        let y = x - c;
        let t = s + y;
        c = (t - s) - y;
        s = t;
    }
    s
}

// Python: [math.fsum(x * x for x in row) for row in m]   (generator as a user fn's only argument)
#[test]
fn generator_as_user_fn_argument() {
    let m = matrix();
    let ss = comp![fsum(x * x for x in row) for row in &m];
    let by_hand: Vec<f64> = m.iter().map(|r| r.iter().map(|x| x * x).sum()).collect();
    assert!(all_close(&ss, &by_hand));
}

// Python: [mean([x for x in row if x > 0]) for row in m]   (list display as a call argument)
#[test]
fn list_display_as_call_argument() {
    let m = matrix();
    let mp = comp![mean(&[*x for x in row if *x > 0.0]) for row in &m];
    let by_hand: Vec<f64> = m
        .iter()
        .map(|r| mean(&r.iter().copied().filter(|x| *x > 0.0).collect::<Vec<_>>()))
        .collect();
    assert_eq!(mp, by_hand);
}

// Python: [row for row in m if len({x for x in row}) == len(row)]   (rows without repeats)
#[test]
fn set_display_len_in_condition() {
    let m = vec![vec![1.0f64, 2.0, 1.0], vec![3.0, 4.0], vec![0.0, -0.0]];
    let uniq = comp![row for row in &m if {x.to_bits() for x in row}.len() == row.len()];
    let by_hand: Vec<&Vec<f64>> = m
        .iter()
        .filter(|r| r.iter().map(|x| x.to_bits()).collect::<HashSet<_>>().len() == r.len())
        .collect();
    assert_eq!(uniq, by_hand);
    assert_eq!(uniq.len(), 2); // 0.0 and -0.0 have different bits
}

// Python: {i: {j: m[i][j] for j in range(len(m[i])) if m[i][j] > 4} for i in range(len(m))}
#[test]
fn dict_of_dicts() {
    let m = matrix();
    let d = comp!({i: {j: m[i][j] for j in 0..m[i].len() if m[i][j] > 4.0} for i in 0..m.len()});
    let mut by_hand: HashMap<usize, HashMap<usize, f64>> = HashMap::new();
    for (i, row) in m.iter().enumerate() {
        let e = by_hand.entry(i).or_default();
        for (j, &x) in row.iter().enumerate() {
            if x > 4.0 {
                e.insert(j, x);
            }
        }
    }
    assert_eq!(d, by_hand);
}

// Python: [(i, j, m[i][j]) for i, row in enumerate(m) if i % 2 == 0 for j, x in enumerate(row) if j >= i if x > 0]
#[test]
fn upper_triangle_filters_between_fors() {
    let m = matrix();
    let ut = comp![(i, j, x) for i, row in m.iter().enumerate() if i % 2 == 0 for j, &x in row.iter().enumerate() if j >= i if x > 0.0];
    let mut by_hand = vec![];
    for (i, row) in m.iter().enumerate() {
        if i % 2 != 0 {
            continue;
        }
        for (j, &x) in row.iter().enumerate() {
            if j >= i && x > 0.0 {
                by_hand.push((i, j, x));
            }
        }
    }
    assert_eq!(ut, by_hand);
}

// Python: [[x, x * x] for x in xs]  and  vec![..] with a conditional inside
#[test]
fn arrays_and_vec_macro_elements() {
    let xs = vec![1.5f64, -2.0];
    let pairs = comp![[x, x * x] for &x in &xs];
    let padded = comp![vec![x, 0.0 if x > 0.0 else 1.0] for &x in &xs];
    assert_eq!(pairs, vec![[1.5, 2.25], [-2.0, 4.0]]);
    assert_eq!(padded, vec![vec![1.5, 0.0], vec![-2.0, 1.0]]);
}

// Python: sum(w * x for w, x in zip(ws, xs)) / sum(ws)   (weighted mean, const-generic array)
fn weighted_mean<const N: usize>(ws: [f64; N], xs: [f64; N]) -> f64 {
    comp!((w * x for (w, x) in ws.into_iter().zip(xs))).sum::<f64>()
        / comp!((w for w in ws)).sum::<f64>()
}

#[test]
fn weighted_mean_arrays() {
    let wm = weighted_mean([1.0, 2.0, 1.0], [10.0, 20.0, 40.0]);
    assert!(close(wm, (10.0 + 40.0 + 40.0) / 4.0));
}

// Python: [x as int if x > 0 else 0 for x in xs]
#[test]
fn cast_in_conditional_branches() {
    let xs = sample();
    let r = comp![x as i64 if x > 0.0 else 0 for &x in &xs];
    let f = comp![(i as f64 if i % 2 == 0 else -(i as f64)) for i in 0..4];
    let by_hand: Vec<i64> = xs
        .iter()
        .map(|&x| if x > 0.0 { x as i64 } else { 0 })
        .collect();
    assert_eq!(r, by_hand);
    assert_eq!(f, vec![0.0, -1.0, 2.0, -3.0]);
}

// Python: [x for x in xs if x.is_integer()]  and  {int(x) for x in xs if x.is_integer()}
#[test]
fn integral_floats_try_from() {
    let xs = vec![1.0f64, 2.5, -3.0, 1e20, 4.0];
    let ints = comp!({x as i32 for &x in &xs if x.fract() == 0.0 if x.abs() < i32::MAX as f64});
    let checked = comp![i32::try_from(x as i64).ok() for &x in &xs if x.fract() == 0.0];
    assert_eq!(ints, HashSet::from([1, -3, 4]));
    assert_eq!(checked, vec![Some(1), Some(-3), None, Some(4)]);
}

// Python: [u for u in (x / 255 for x in pixels)]   (a lazy form as first iterable)
#[test]
fn lazy_form_as_first_iterable() {
    let pixels: Vec<u8> = vec![0, 128, 255];
    let unit = comp![u for u in comp!((f64::from(p) / 255.0 for &p in &pixels)) if u > 0.0];
    let nested = comp![u for u in (f64::from(p) / 255.0 for &p in &pixels) if u > 0.0];
    assert_eq!(unit, vec![128.0 / 255.0, 1.0]);
    assert_eq!(nested, unit);
}

// --- ownership slips a Python user makes

// Python: [[row[i] for row in m] for i in range(len(m[0]))]   (m owned, not borrowed)
// FOUND (kept, noted for the team: the nested display moves `m` inside the outer element's closure, which rustc reports as a move out of an `FnMut` capture; by hand it is a move in a loop): comp![[row[i] for row in m] for i in 0..3] -> error[E0507]: cannot move out of value, a captured variable in an `FnMut` closure ... captured by this `FnMut` closure ... help: consider cloning the value: `m.clone()` (the same nested loop by hand is E0382 "value moved here, in previous iteration of loop" with "help: consider iterating over a slice ...: `&m`"; the comprehension names a closure the user never wrote and drops the `&m` help; README "Displays nest as in Python", reference section 10 "Type errors are rustc's own")
#[test]
fn transpose_owned_matrix() {
    let m = matrix();
    // fix a user would try after reading the error: borrow the matrix (`&m`, not `m.clone()`)
    let t = comp![[row[i] for row in &m] for i in 0..3];
    let mut by_hand = vec![vec![0.0; 4]; 3];
    for (r, row) in matrix().iter().enumerate() {
        for (c, x) in row.iter().enumerate() {
            by_hand[c][r] = *x;
        }
    }
    assert_eq!(t, by_hand);
}

// Python: [x * 2 for x in m[0]]
// FOUND (kept: the first iterable is a function argument in the expansion, where rustc's help is `.clone()`, not the `for` loop's `&m[0]`; whether `m[0]` can move is a type question the macro cannot answer): comp![x * 2.0 for x in m[0]] -> error[E0507]: cannot move out of index of `Vec<Vec<f64>>` ... help: consider cloning the value: `m[0].clone()` (by hand, `for x in m[0]` gets the same error plus rustc's first help "consider iterating over a slice of the `Vec<f64>`'s content ...: `&m[0]`" and the `.into_iter()` note; README "What an expansion looks like": the first iterable's errors should read as in a hand-written `for` over the same expression)
#[test]
fn double_first_row() {
    let m = matrix();
    // fix: borrow the row
    let d = comp![x * 2.0 for x in &m[0]];
    assert_eq!(d, vec![2.0, 4.0, 6.0]);
}

// Python: [int(c) for c in counts]   (c is &i64 in Rust)
// FOUND (kept, noted for the team: a failed `TryFrom` still gives its `?` the blanket impl's `Infallible` error type, which the comprehension's one-error-type check then reports; `SameError` cannot also accept `Infallible` without overlapping its impl for `F`): comp![u8::try_from(c)? for c in counts] (in a fn returning Result<Vec<u8>, TryFromIntError>) -> 3 errors: `u8: TryFrom<&i64>` not satisfied, then "error[E0277]: this `?` fails with `Infallible`, the comprehension with `TryFromIntError` ... a second error type in one comprehension", then `u8: From<&i64>` (the hand-written loop `v.push(u8::try_from(c)?)` gives only the two trait errors; there is one `?` here, so "a second error type" is spurious noise from a failed inference; reference section 7 "One error type", section 10 "Each such error is one error")
fn counts_to_u8(counts: &[i64]) -> Result<Vec<u8>, TryFromIntError> {
    // fix: dereference the loop variable
    comp![u8::try_from(*c)? for c in counts]
}

#[test]
fn try_from_of_reference_in_result_fn() {
    assert_eq!(counts_to_u8(&[1, 2]).unwrap(), vec![1, 2]);
    assert!(counts_to_u8(&[1, 300]).is_err());
}

// --- async: sensor readings fetched concurrently

async fn read_sensor(id: u32) -> f64 {
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    f64::from(id) * 1.5
}

// Python: readings = await asyncio.gather(*[read(i) for i in ids]); mean(readings)
#[tokio::test(start_paused = true)]
async fn sensor_mean_concurrent() {
    let ids = vec![1, 2, 3, 4, 5, 6];
    let start = tokio::time::Instant::now();
    let r = acomp![read_sensor(id).await for &id in &ids; concurrency = 3];
    assert_eq!(start.elapsed().as_millis(), 200);
    let by_hand: Vec<f64> = ids.iter().map(|&i| f64::from(i) * 1.5).collect();
    assert_eq!(r, by_hand);
    let hot = acomp!({id: v for &id in &ids if (v := read_sensor(id).await) > 5.0});
    assert_eq!(hot.len(), 3);
}

// --- parallel: CPU-heavy loops

#[cfg(feature = "rayon")]
mod parallel {
    use super::*;
    use comprehensions::rayon::prelude::*;

    fn collatz_len(mut n: u64) -> u32 {
        let mut c = 0;
        while n != 1 {
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
            c += 1;
        }
        c
    }

    fn integrate(f: impl Fn(f64) -> f64, a: f64, b: f64, steps: usize) -> f64 {
        let h = (b - a) / steps as f64;
        (0..steps).map(|i| f(a + (i as f64 + 0.5) * h)).sum::<f64>() * h
    }

    // Python: pool.map(collatz_len, range(1, N))
    #[test]
    fn collatz_parallel_list() {
        let xs: Vec<u64> = (1..20_000).collect();
        let lens = comp![collatz_len(x) for &x in &xs if x % 2 == 1; parallel];
        let by_hand: Vec<u32> = xs
            .iter()
            .filter(|&&x| x % 2 == 1)
            .map(|&x| collatz_len(x))
            .collect();
        assert_eq!(lens, by_hand);
    }

    // Python: [integrate(lambda x: x ** k, 0, 1, 100_000) for k in range(8)]
    #[test]
    fn integrals_parallel() {
        let ints = comp![integrate(|x| x.powi(k), 0.0, 1.0, 100_000) for k in 0..8; parallel];
        for (k, v) in ints.iter().enumerate() {
            assert!((v - 1.0 / (k as f64 + 1.0)).abs() < 1e-6);
        }
    }

    // Python: sum(heavy(x) for x in xs)  in a process pool
    #[test]
    fn lazy_parallel_sum() {
        let xs: Vec<f64> = (0..50_000).map(|i| i as f64 * 0.001).collect();
        let total: f64 = comp!((x.sin().powi(2) + x.cos().powi(2) for x in &xs; parallel)).sum();
        assert!((total - xs.len() as f64).abs() < 1e-6);
    }

    // Python: {n: collatz_len(n) for n in range(1, N) if collatz_len(n) > 100}
    #[test]
    fn parallel_dict_with_walrus() {
        let d = comp!({n: l for n in 1..5_000u64 if (l := collatz_len(n)) > 100; parallel});
        let mut by_hand = HashMap::new();
        for n in 1..5_000u64 {
            let l = collatz_len(n);
            if l > 100 {
                by_hand.insert(n, l);
            }
        }
        assert_eq!(d, by_hand);
    }

    // Python: [[dot(r, c) for c in zip(*b)] for r in a]  rows in parallel
    #[test]
    fn parallel_matrix_product_rows() {
        let a: Vec<Vec<f64>> = (0..40)
            .map(|i| (0..30).map(|j| (i * j % 7) as f64 - 3.0).collect())
            .collect();
        let b: Vec<Vec<f64>> = (0..30)
            .map(|i| (0..20).map(|j| (i + 2 * j) as f64 * 0.5).collect())
            .collect();
        let cols = comp![[row[j] for row in &b] for j in 0..20];
        let p = comp![[r.iter().zip(c).map(|(x, y)| x * y).sum::<f64>() for c in &cols] for r in &a; parallel];
        let mut by_hand = vec![vec![0.0; 20]; 40];
        for i in 0..40 {
            for j in 0..20 {
                for k in 0..30 {
                    by_hand[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        assert_eq!(p, by_hand);
    }

    // Python: [int(x) for x in big]  failing on overflow, in parallel
    #[test]
    fn parallel_try_from() {
        let big: Vec<i64> = (0..10_000).collect();
        let ok = comp![u16::try_from(x)? for &x in &big; parallel];
        let bad = comp![u8::try_from(x)? for &x in &big; parallel];
        assert_eq!(ok.unwrap().len(), 10_000);
        assert!(bad.is_err());
    }

    // Python: {round(math.sin(i), 3) for i in range(N)}  as integer millis
    #[test]
    fn parallel_set_of_rounded() {
        let s = comp!({(f64::from(i).sin() * 1000.0).round() as i32 for i in 0..20_000; parallel});
        let by_hand: HashSet<i32> = (0..20_000)
            .map(|i| (f64::from(i).sin() * 1000.0).round() as i32)
            .collect();
        assert_eq!(s, by_hand);
    }

    // Python: [(i, x) for i, x in enumerate(xs) if x > t]  in parallel
    #[test]
    fn parallel_enumerate() {
        let xs: Vec<f64> = (0..1000).map(|i| ((i * 37) % 101) as f64).collect();
        let big = comp![(i, x) for (i, &x) in xs.par_iter().enumerate() if x > 90.0; parallel];
        let by_hand: Vec<(usize, f64)> = xs
            .iter()
            .copied()
            .enumerate()
            .filter(|p| p.1 > 90.0)
            .collect();
        assert_eq!(big, by_hand);
    }

    // Python: def par_apply(xs, f): return pool.map(f, xs)   (generic, in parallel)
    fn par_apply<F: Fn(f64) -> f64 + Sync>(xs: &[f64], f: F) -> Vec<f64> {
        comp![f(x) for &x in xs; parallel]
    }

    #[test]
    fn parallel_in_generic_fn() {
        let xs = sample();
        let r = par_apply(&xs, |x| (x * x + 1.0).ln());
        let by_hand: Vec<f64> = xs.iter().map(|x| (x * x + 1.0).ln()).collect();
        assert_eq!(r, by_hand);
    }

    // Python: pool.map(sum, chunks(xs, 1000))
    #[test]
    fn parallel_chunk_sums() {
        let xs: Vec<f64> = (0..10_000).map(|i| f64::from(i % 17) * 0.5).collect();
        let sums = comp![c.iter().sum::<f64>() for c in xs.par_chunks(1000); parallel];
        let by_hand: Vec<f64> = xs.chunks(1000).map(|c| c.iter().sum()).collect();
        assert_eq!(sums, by_hand);
    }

    // Python: [stats(row) for row in rows]  over an owned matrix, in parallel, with lets
    #[test]
    fn parallel_owned_rows_with_lets() {
        let m = matrix();
        let st = comp![(mu, sd) for row in m.clone() let mu = mean(&row) let sd: f64 = pvariance(&row).sqrt(); parallel];
        let by_hand: Vec<(f64, f64)> = m.iter().map(|r| (mean(r), pvariance(r).sqrt())).collect();
        assert_eq!(st, by_hand);
    }

    // Python: [(i, j) for i in range(n) for j in range(i + 1, n) if dist(i, j) < r]  in parallel
    #[test]
    fn parallel_pairs_inner_for() {
        let pts: Vec<(f64, f64)> = (0..200)
            .map(|i| (f64::from(i).sin() * 10.0, f64::from(i).cos() * 10.0))
            .collect();
        let n = pts.len();
        let d = |i: usize, j: usize| {
            ((pts[i].0 - pts[j].0).powi(2) + (pts[i].1 - pts[j].1).powi(2)).sqrt()
        };
        let near = comp![(i, j) for i in 0..n for j in i + 1..n if d(i, j) < 0.5; parallel];
        let mut by_hand = vec![];
        for i in 0..n {
            for j in i + 1..n {
                if d(i, j) < 0.5 {
                    by_hand.push((i, j));
                }
            }
        }
        assert_eq!(near, by_hand);
        assert!(!near.is_empty());
    }

    // Python: (float(s) for s in fields)  parsed in a pool, all or nothing
    #[test]
    fn parallel_lazy_question_collect() {
        let fields: Vec<String> = (0..1000).map(|i| format!("{}.5", i)).collect();
        let parsed: Result<Vec<f64>, ParseFloatError> =
            comp!((s.parse::<f64>()? for s in &fields; parallel)).collect();
        let total = comp![v for s in &fields if let Ok(v) = s.parse::<f64>(); parallel];
        assert_eq!(parsed.unwrap(), total);
        let bad = vec!["1".to_string(), "x".to_string()];
        let r: Result<Vec<f64>, ParseFloatError> =
            comp!((s.parse::<f64>()? for s in &bad; parallel)).collect();
        assert!(r.is_err());
    }

    // Python: {x: i for i, x in enumerate(xs)}  (float keys by bits) in parallel, owned by `move`
    #[test]
    fn parallel_move_dict_by_bits() {
        let xs = sample();
        let k = 2.0;
        let d = comp!(move {(x * k).to_bits(): x for x in xs; parallel});
        let mut by_hand = HashMap::new();
        for x in sample() {
            by_hand.insert((x * 2.0).to_bits(), x);
        }
        assert_eq!(d, by_hand);
    }
}
