//! mistake: under `concurrency`, a walrus binds `head(u)` (an async fn) without `.await`, then reads `.size` off the future
//! offending: (meta := head(u)).size
//! category: async
use comprehensions::acomp;

struct Meta {
    size: u64,
}

async fn head(url: &str) -> Meta {
    Meta { size: url.len() as u64 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/bb", "/ccc"];
    // Python: [(u, m.size) for u in urls if (m := await head(u)).size > 2]
    let big = acomp![(u, meta.size) for u in &urls if (meta := head(u)).size > 2; concurrency = 8];
    println!("{}", big.len());
}
