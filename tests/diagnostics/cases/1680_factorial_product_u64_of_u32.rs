//! mistake: `.product::<u64>()` of `u32` factors, expecting Python's int to widen on its own
//! offending: product::<u64>()
//! category: type
use comprehensions::comp;

fn factorial(n: u32) -> u64 {
    comp!((k for k in 1..=n)).product::<u64>()
}

fn main() {
    println!("{}", factorial(15));
}
