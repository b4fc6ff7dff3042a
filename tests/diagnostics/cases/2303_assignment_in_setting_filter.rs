//! mistake: wrote `=` instead of `==` in the filter on the setting's key
//! offending: key = "listen"
//! category: syntax
use comprehensions::comp;

fn main() {
    let settings: Vec<(&str, &str)> = vec![
        ("listen", "0.0.0.0:80"),
        ("root", "/srv/www"),
        ("listen", "[::]:80"),
    ];
    let binds = comp![addr for &(key, addr) in &settings if key = "listen"];
    println!("binding {binds:?}");
}
