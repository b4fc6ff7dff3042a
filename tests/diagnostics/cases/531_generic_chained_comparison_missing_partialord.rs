//! mistake: a generic range filter `lo <= x <= hi` on `T: Copy` without a `PartialOrd` bound
//! offending: lo <= x
//! category: type
use comprehensions::comp;

// Python: def within(xs, lo, hi): return [x for x in xs if lo <= x <= hi]
fn within<T: Copy>(xs: &[T], lo: T, hi: T) -> Vec<T> {
    comp![x for &x in xs if lo <= x <= hi]
}

fn main() {
    println!("{:?}", within(&[1, 5, 9], 2, 8));
}
