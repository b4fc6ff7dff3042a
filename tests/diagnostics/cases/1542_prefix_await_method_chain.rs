//! mistake: `await fetch(u).len()` meant as `(await fetch(u)).len()`, but prefix `await` takes the whole chain
//! offending: len()
//! category: async
use comprehensions::acomp;

async fn fetch(u: &str) -> String {
    format!("<html>{u}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "b.io"];
    let lens = acomp![await fetch(u).len() for u in &urls];
    println!("{lens:?}");
}
