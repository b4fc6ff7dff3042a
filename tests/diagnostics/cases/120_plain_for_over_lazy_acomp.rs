//! mistake: a plain Rust `for` loop over a lazy `acomp!` stream
//! offending: in evens
//! category: async
use comprehensions::acomp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let evens = acomp!((x async for x in stream::iter(0..10) if x % 2 == 0));
    for e in evens {
        println!("{e}");
    }
}
