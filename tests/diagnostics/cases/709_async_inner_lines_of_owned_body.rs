//! mistake: collects the lines of each fetched body, `&str`s borrowed from the owned body String that each outer iteration drops
//! offending: body.lines()
//! category: async
use comprehensions::acomp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let bodies = stream::iter(vec![String::from("a\nb"), String::from("c")]);
    let lines = acomp![l async for body in bodies for l in body.lines()];
    println!("{lines:?}");
}
