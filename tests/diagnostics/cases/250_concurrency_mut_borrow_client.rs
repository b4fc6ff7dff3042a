//! mistake: `concurrency = 4` with items that each take `&mut client` (a rate limiter that counts requests)
//! offending: &mut client
//! category: ownership
use comprehensions::acomp;

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
    // Python: pages = await asyncio.gather(*[get(client, u) for u in urls])
    let pages = acomp![get(&mut client, u).await for u in &urls; concurrency = 4];
    println!("{pages:?} {}", client.sent);
}
