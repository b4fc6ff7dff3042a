//! mistake: iterated the incoming message stream with a plain `for` instead of `async for`
//! offending: incoming
//! category: async
use comprehensions::{acomp};
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let incoming = stream::iter(vec!["hello".to_string(), "".to_string(), "how are you".to_string()]);
    let nonempty = acomp![line for line in incoming if !line.is_empty()];
    println!("{nonempty:?}");
}
