//! mistake: iterated a stream of dataset records with a plain `for` instead of `async for`
//! offending: records
//! category: async
use comprehensions::acomp;
use futures::stream::{self, Stream};

struct Record {
    text: String,
    label: u8,
}

fn record_stream() -> impl Stream<Item = Record> {
    stream::iter((0..5u8).map(|i| Record { text: format!("example {i}"), label: i % 2 }))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let records = record_stream();
    let lengths = acomp![(r.text.len(), r.label) for r in records];
    println!("{lengths:?}");
}
