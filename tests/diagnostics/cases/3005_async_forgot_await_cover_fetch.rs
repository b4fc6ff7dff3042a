//! mistake: called the async cover-art fetch in an `acomp!` element without `.await`
//! offending: fetch_cover(&a.title)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug, Clone)]
struct Album {
    title: String,
    artist: String,
}

#[derive(Debug)]
struct Cover {
    url: String,
    bytes: usize,
}

async fn fetch_cover(title: &str) -> Cover {
    tokio::time::sleep(Duration::from_millis(5)).await;
    Cover { url: format!("https://coverartarchive.org/{}", title.replace(' ', "_")), bytes: title.len() * 1024 }
}

fn albums() -> Vec<Album> {
    vec![
        Album { title: "Kind of Blue".to_string(), artist: "Miles Davis".to_string() },
        Album { title: "OK Computer".to_string(), artist: "Radiohead".to_string() },
    ]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let albums = albums();
    let covers: Vec<Cover> = acomp![fetch_cover(&a.title) for a in &albums];
    println!("{covers:?}");
}
