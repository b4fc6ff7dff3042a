//! mistake: divided a `u64` total by a `usize` count without converting one of them
//! offending: b.total_ms / b.samples.len()
//! category: type
use comprehensions::comp;

struct Bucket {
    total_ms: u64,
    samples: Vec<u64>,
}

fn main() {
    let buckets = vec![
        Bucket { total_ms: 300, samples: vec![100, 120, 80] },
        Bucket { total_ms: 50, samples: vec![50] },
    ];
    let avgs: Vec<u64> = comp![b.total_ms / b.samples.len() for b in &buckets];
    println!("{avgs:?}");
}
