//! mistake: calling a `&mut self` async method on a client bound without `mut`, one request per item
//! offending: client.get(u)
//! category: async
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

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = Client { sent: 0 };
    let urls = vec!["/a", "/b"];
    let pages = acomp![client.get(u).await for u in &urls];
    println!("{pages:?} {}", client.sent);
}
