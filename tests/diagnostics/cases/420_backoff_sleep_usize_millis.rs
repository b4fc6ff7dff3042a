//! mistake: a staggered start `Duration::from_millis(100 * i)` with i: usize from enumerate (from_millis takes u64)
//! offending: 100 * i
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.example", "bb.example", "ccc.example"];
    // Python: [await stagger(i, u) for i, u in enumerate(urls)]  (sleep 0.1 * i, then fetch)
    let sizes: Vec<usize> = acomp![
        { tokio::time::sleep(Duration::from_millis(100 * i)).await; fetch(u).await }
        for (i, u) in urls.iter().enumerate();
        concurrency = 3
    ];
    println!("{:?}", sizes);
}
