//! mistake: compared each `char` of a URL slug with a double-quoted string `"-"`
//! offending: "-"
//! category: type
use comprehensions::comp;

fn cache_key_for(slug: &str) -> String {
    comp!((c for c in slug.chars() if c != "-")).collect::<String>()
}

fn main() {
    for slug in ["summer-sale-2024", "new-arrivals"] {
        println!("page:{}", cache_key_for(slug));
    }
}
