//! mistake: calling .enumerate() on a futures Stream without importing StreamExt
//! offending: enumerate
//! category: async
use comprehensions::acomp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let lines = stream::iter(vec!["GET /", "POST /login"]);
    // Python: numbered = [f"{i + 1}: {l}" async for i, l in aenumerate(lines)]
    let numbered: Vec<String> = acomp![format!("{}: {}", i + 1, l) async for (i, l) in lines.enumerate()];
    println!("{:?}", numbered);
}
