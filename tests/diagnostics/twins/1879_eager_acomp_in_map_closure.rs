//! mistake: used an eager `acomp!` inside a sync `.map(|b| ..)` closure over batches (Python's `list(map(lambda b: [await lookup(i) for i in b], batches))`)
//! offending: lookup(*id).await
//! category: async
async fn lookup(id: u32) -> String {
    format!("row{id}")
}

async fn run() {
    let batches = vec![vec![1, 2], vec![3]];
    let results: Vec<Vec<String>> = batches
        .iter()
        .map(|b| {
            let mut rows = Vec::new();
            for id in b {
                rows.push(lookup(*id).await);
            }
            rows
        })
        .collect();
    println!("{results:?}");
}

fn main() {
    futures::executor::block_on(run());
}
