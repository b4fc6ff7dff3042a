//! mistake: kept `&str` pieces of a temporary lowercased spec past the statement
//! offending: spec.trim().to_lowercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let spec = String::from("  @Babel/Core@7.24.0 ");
    let parts: Vec<&str> = comp![s for s in spec.trim().to_lowercase().rsplitn(2, '@')];
    println!("{parts:?}");
}
