//! One list comprehension (plain), for the cold-build row of BENCHMARKS.md.

fn main() {
    let v: Vec<u64> = std::env::args().map(|a| a.len() as u64).collect();
    let doubled: Vec<u64> = v.iter().filter(|x| **x > 0).map(|x| x * 2).collect::<Vec<u64>>();
    println!("{doubled:?}");
}
