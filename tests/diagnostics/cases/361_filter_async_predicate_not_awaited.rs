//! mistake: an async health check in the `if` clause without `.await` (Python's `if is_up(h)` on a coroutine is always truthy)
//! offending: is_up(h)
//! category: async
use comprehensions::acomp;

async fn is_up(h: &str) -> bool {
    !h.starts_with("down")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["web1", "down2", "web3"];
    let up = acomp![h for h in &hosts if is_up(h)];
    println!("{up:?}");
}
