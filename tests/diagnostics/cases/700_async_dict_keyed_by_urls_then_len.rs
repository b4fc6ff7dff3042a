//! mistake: an async dict comprehension keyed by the owned URLs consumes the list, which is used again for the summary
//! offending: urls.len()
//! category: async
use comprehensions::acomp;

async fn fetch_status(url: &str) -> u16 {
    if url.ends_with(".org") { 200 } else { 404 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec![String::from("https://a.org"), String::from("https://b.com")];
    let status = acomp!({u.clone(): fetch_status(&u).await for u in urls});
    println!("{} of {} ok", status.values().filter(|s| **s == 200).count(), urls.len());
}
