//! One list comprehension (better), for the cold-build row of BENCHMARKS.md.
use better_comprehension::vector;

fn main() {
    let v: Vec<u64> = std::env::args().map(|a| a.len() as u64).collect();
    let doubled: Vec<u64> = vector![x * 2 for x in v.iter() if *x > 0];
    println!("{doubled:?}");
}
