//! mistake: iterated a streamed model response with plain `for` instead of `async for`
//! offending: token_stream
//! category: async
use comprehensions::acomp;
use futures::stream::{self, Stream};

fn stream_reply(prompt: &str) -> impl Stream<Item = String> {
    let words: Vec<String> = format!("echo: {prompt}").split(' ').map(String::from).collect();
    stream::iter(words)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let token_stream = stream_reply("tell me a joke");
    let visible = acomp![tok for tok in token_stream if !tok.starts_with('<')];
    println!("{}", visible.join(" "));
}
