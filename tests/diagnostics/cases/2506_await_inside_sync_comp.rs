//! mistake: awaited the geocoder inside `comp!` instead of `acomp!`
//! offending: geocode(a).await
//! category: async
use comprehensions::comp;

use std::time::Duration;

#[derive(Debug, Clone, Copy)]
struct Coord {
    lat: f64,
    lon: f64,
}

async fn geocode(address: &str) -> Coord {
    tokio::time::sleep(Duration::from_millis(3)).await;
    let h = address.len() as f64;
    Coord { lat: 45.0 + h / 100.0, lon: 4.0 + h / 200.0 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let addresses = vec!["12 Rue de la Paix, Paris", "3 Quai Perrache, Lyon"];
    let coords = comp![geocode(a).await for a in &addresses if !a.is_empty()];
    println!("{:?}", coords.iter().map(|c| (c.lat, c.lon)).collect::<Vec<_>>());
}
