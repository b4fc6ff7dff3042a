//! mistake: wrote `=` instead of `==` in the filter on the setting's key
//! offending: key = "listen"
//! category: syntax

fn main() {
    let settings: Vec<(&str, &str)> = vec![
        ("listen", "0.0.0.0:80"),
        ("root", "/srv/www"),
        ("listen", "[::]:80"),
    ];
    let mut binds = Vec::new();
    for &(key, addr) in &settings {
        if key = "listen" {
            binds.push(addr);
        }
    }
    println!("binding {binds:?}");
}
