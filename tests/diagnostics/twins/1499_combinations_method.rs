//! mistake: `itertools.combinations(xs, 2)` as a `.combinations(2)` method, which std iterators do not have (nested `for` with `j > i`)
//! offending: combinations
//! category: python-habit
fn main() {
    let xs = vec![1, 2, 3, 4];
    let sums = xs.iter().combinations(2).map(|(a, b)| a + b).collect::<Vec<_>>();
    println!("{sums:?}");
}
