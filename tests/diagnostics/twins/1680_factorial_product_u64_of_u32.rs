//! mistake: `.product::<u64>()` of `u32` factors, expecting Python's int to widen on its own
//! offending: product::<u64>()
//! category: type
fn factorial(n: u32) -> u64 {
    (1..=n).map(|k| k).product::<u64>()
}

fn main() {
    println!("{}", factorial(15));
}
