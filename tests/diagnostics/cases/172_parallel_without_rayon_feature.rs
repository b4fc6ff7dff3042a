//! mistake: `; parallel` on a build without the `rayon` feature (the dependency added with default features)
//! offending: parallel
//! category: syntax
use comprehensions::comp;

fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let xs: Vec<u64> = (1..10_000).collect();
    let lengths = comp![collatz_len(x) for x in &xs; parallel];
    println!("{}", lengths.len());
}
