// Every item of `concurrency = N` borrowing one `&mut` is rustc's "captured
// variable cannot escape `FnMut` closure body", reported on the element
// (the item's block), with the borrow and the loop pattern labelled.
use comprehensions::acomp;

struct Client {
    sent: usize,
}

async fn get(client: &mut Client, url: &str) -> String {
    client.sent += 1;
    url.to_uppercase()
}

async fn pages(urls: &[&str]) -> Vec<String> {
    let mut client = Client { sent: 0 };
    acomp![get(&mut client, u).await for u in urls; concurrency = 4]
}

fn main() {
    let _ = pages(&[]);
}
