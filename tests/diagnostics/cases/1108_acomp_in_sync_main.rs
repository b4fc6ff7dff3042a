//! mistake: (an eager `acomp!` is awaited in place: the `.await` is the call's) an eager acomp! in a plain fn main, as if Python's asyncio.run were implied
//! offending: acomp![fetch(u).await for u in &urls]
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

fn main() {
    let urls = vec!["a.org", "bb.org"];
    let sizes = acomp![fetch(u).await for u in &urls];
    println!("{sizes:?}");
}
