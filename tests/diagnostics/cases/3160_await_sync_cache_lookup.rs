//! mistake: awaited a synchronous cache lookup as if it were a coroutine
//! offending: cached_forecast(&cache, city).await
//! category: async
use comprehensions::acomp;
use std::collections::HashMap;
use std::time::Duration;

fn cached_forecast(cache: &HashMap<String, f64>, city: &str) -> Option<f64> {
    cache.get(city).copied()
}

async fn fetch_forecast(city: &str) -> f64 {
    tokio::time::sleep(Duration::from_millis(2)).await;
    city.len() as f64
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cache: HashMap<String, f64> = HashMap::from([("Lisbon".to_string(), 24.0)]);
    let cities = vec!["Lisbon", "Porto"];
    let highs = acomp![
        (city, t) for city in cities.iter().copied()
        let t = match cached_forecast(&cache, city).await { Some(t) => t, None => fetch_forecast(city).await }
    ];
    println!("{highs:?}");
}
