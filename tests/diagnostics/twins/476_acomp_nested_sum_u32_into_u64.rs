//! mistake: nested generator summed as u64 inside an acomp, but its items are u32
//! offending: Iterator::sum::<u64>
//! category: async

async fn file_sizes(dir: &str) -> Vec<u32> {
    vec![dir.len() as u32, 4096]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dirs = vec!["/var/log", "/tmp"];
    let mut totals: Vec<u64> = Vec::new();
    for d in &dirs {
        totals.push(Iterator::sum::<u64>(file_sizes(d).await.into_iter().map(|sz| sz)));
    }
    println!("{totals:?}");
}
