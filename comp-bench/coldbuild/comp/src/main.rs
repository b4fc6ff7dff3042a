//! One list comprehension (comp), for the cold-build row of BENCHMARKS.md.
use comprehensions::comp;

fn main() {
    let v: Vec<u64> = std::env::args().map(|a| a.len() as u64).collect();
    let doubled: Vec<u64> = comp![x * 2 for x in &v if *x > 0];
    println!("{doubled:?}");
}
