//! mistake: nested generator summed as u64 inside an acomp, but its items are u32
//! offending: Iterator::sum::<u64>
//! category: async
use comprehensions::acomp;

async fn file_sizes(dir: &str) -> Vec<u32> {
    vec![dir.len() as u32, 4096]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dirs = vec!["/var/log", "/tmp"];
    // Python: totals = [sum(sz for sz in await file_sizes(d)) for d in dirs]
    let totals: Vec<u64> = acomp![Iterator::sum::<u64>(sz for sz in file_sizes(d).await) for d in &dirs];
    println!("{totals:?}");
}
