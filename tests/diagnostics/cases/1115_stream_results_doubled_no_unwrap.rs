//! mistake: doubles the items of a stream of `Result`s as if they were the numbers (no `?`, no `if let Ok`)
//! offending: x * 2
//! category: type
use comprehensions::acomp;
use futures::stream::{self, Stream};

fn readings() -> impl Stream<Item = Result<i32, String>> {
    stream::iter(vec![Ok(1), Err("sensor offline".to_string()), Ok(3)])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let doubled: Vec<i32> = acomp![x * 2 async for x in readings()];
    println!("{doubled:?}");
}
