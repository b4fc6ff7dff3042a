//! mistake: calling a `&mut self` async method on a client bound without `mut` (hand-written)
struct Client {
    sent: u32,
}

impl Client {
    async fn get(&mut self, url: &str) -> String {
        self.sent += 1;
        format!("{url}#{}", self.sent)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = Client { sent: 0 };
    let urls = vec!["/a", "/b"];
    let mut pages = Vec::new();
    for u in &urls {
        pages.push(client.get(u).await);
    }
    println!("{pages:?} {}", client.sent);
}
