//! mistake: forgot to `.await` the language server's hover request
//! offending: server.hover(pos)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug)]
struct Hover {
    contents: String,
}

struct LanguageServer;

impl LanguageServer {
    async fn hover(&self, pos: (u32, u32)) -> Hover {
        tokio::time::sleep(Duration::from_millis(2)).await;
        Hover { contents: format!("fn parse() at {}:{}", pos.0, pos.1) }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let server = LanguageServer;
    let positions = vec![(3, 7), (10, 2)];
    let hovers: Vec<Hover> = acomp![server.hover(pos) for &pos in &positions];
    println!("{hovers:?}");
}
