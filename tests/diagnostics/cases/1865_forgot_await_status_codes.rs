//! mistake: forgot the `.await` on each health probe (Python's `[await status(u) for u in urls]` with the `await` left out)
//! offending: status(u)
//! category: async
use comprehensions::acomp;

async fn status(url: &str) -> u16 {
    if url.ends_with("/health") {
        200
    } else {
        503
    }
}

async fn run() {
    let urls = vec!["http://a/health", "http://b/metrics"];
    let codes: Vec<u16> = acomp![status(u) for u in &urls];
    println!("{codes:?}");
}

fn main() {
    futures::executor::block_on(run());
}
