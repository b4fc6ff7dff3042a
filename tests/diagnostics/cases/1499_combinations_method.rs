//! mistake: `itertools.combinations(xs, 2)` as a `.combinations(2)` method, which std iterators do not have (nested `for` with `j > i`)
//! offending: combinations
//! category: python-habit
use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3, 4];
    let sums = comp![a + b for (a, b) in xs.iter().combinations(2)];
    println!("{sums:?}");
}
