//! mistake: iterated a stream of ingested records with a plain `for` instead of `async for`
//! offending: read_records("s3://bucket/2024-05-01.jsonl")
//! category: async
use futures::stream::{self, Stream};

#[derive(Debug)]
struct Record {
    user_id: u64,
    amount: f64,
}

fn read_records(path: &str) -> impl Stream<Item = Record> {
    let n = path.len() as u64;
    stream::iter((0..n).map(|i| Record { user_id: i, amount: i as f64 * 1.5 - 10.0 }))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut amounts: Vec<f64> = Vec::new();
    for r in read_records("s3://bucket/2024-05-01.jsonl") {
        if r.amount > 0.0 {
            amounts.push(r.amount);
        }
    }
    println!("{} positive amounts", amounts.len());
}
