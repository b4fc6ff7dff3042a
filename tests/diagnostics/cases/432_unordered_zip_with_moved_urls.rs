//! mistake: the acomp consumes `urls` (for u in urls), then the code zips the results with `urls`
//! offending: urls.iter()
//! category: async
use comprehensions::acomp;

async fn fetch(url: String) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls: Vec<String> = vec!["https://a.example".into(), "https://bb.example".into()];
    // Python: sizes = await asyncio.gather(*[fetch(u) for u in urls])
    //         for u, s in zip(urls, sizes): print(u, s)
    let sizes = acomp![fetch(u).await for u in urls; concurrency = 8, unordered];
    for (u, s) in urls.iter().zip(&sizes) {
        println!("{u}: {s}");
    }
}
