//! mistake: forgot the `.await` on each health probe (Python's `[await status(u) for u in urls]` with the `await` left out)
//! offending: status(u)
//! category: async
async fn status(url: &str) -> u16 {
    if url.ends_with("/health") {
        200
    } else {
        503
    }
}

async fn run() {
    let urls = vec!["http://a/health", "http://b/metrics"];
    let mut codes: Vec<u16> = Vec::new();
    for u in &urls {
        codes.push(status(u));
    }
    println!("{codes:?}");
}

fn main() {
    futures::executor::block_on(run());
}
