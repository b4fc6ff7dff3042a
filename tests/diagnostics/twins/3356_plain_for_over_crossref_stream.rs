//! mistake: iterated a stream of Crossref results with a plain `for` instead of `async for`
//! offending: results
//! category: async
use futures::stream::{self, Stream};

struct Work {
    doi: String,
    is_referenced_by_count: u32,
}

fn crossref_results() -> impl Stream<Item = Work> {
    stream::iter(vec![
        Work { doi: "10.1/a".into(), is_referenced_by_count: 14 },
        Work { doi: "10.1/b".into(), is_referenced_by_count: 0 },
    ])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let results = crossref_results();
    let mut cited = Vec::new();
    for w in results {
        if w.is_referenced_by_count > 0 {
            cited.push(w.doi);
        }
    }
    println!("{cited:?}");
}
