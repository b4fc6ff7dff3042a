//! mistake: `buffered(4)` over futures that each take `&mut client` (hand-written)
use futures::StreamExt;

struct Client {
    sent: u32,
}

impl Client {
    async fn get(&mut self, url: &str) -> String {
        self.sent += 1;
        format!("{url}#{}", self.sent)
    }
}

async fn get(client: &mut Client, url: &str) -> String {
    client.get(url).await
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut client = Client { sent: 0 };
    let urls = vec!["/a", "/b", "/c"];
    let pages: Vec<String> = futures::stream::iter(&urls).map(|u| get(&mut client, u)).buffered(4).collect().await;
    println!("{pages:?} {}", client.sent);
}
