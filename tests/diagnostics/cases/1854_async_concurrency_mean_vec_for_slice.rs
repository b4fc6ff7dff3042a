//! mistake: passes a fetched `Vec<f64>` series by value to `mean(&[f64])` under `concurrency` (Python: `await gather(*[...])`, then `mean(series)`)
//! offending: fetch_series(*id).await
//! category: async
use comprehensions::acomp;

async fn fetch_series(id: u32) -> Vec<f64> {
    vec![id as f64, id as f64 + 1.0]
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

async fn run() {
    let ids: Vec<u32> = vec![1, 2, 3];
    let means = acomp![mean(fetch_series(*id).await) for id in &ids; concurrency = 4];
    println!("{means:?}");
}

fn main() {
    futures::executor::block_on(run());
}
