//! mistake: used Python's `len()` builtin to find over-long lines in a config file
//! offending: len(line)
//! category: python-habit
use comprehensions::comp;

const MAX_LINE: usize = 80;

fn main() {
    let nginx_conf = "server {\n    listen 443 ssl;\n    ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384;\n}\n";
    let too_long = comp![line.trim() for line in nginx_conf.lines() if len(line) > MAX_LINE];
    for l in too_long {
        eprintln!("warning: line too long: {l}");
    }
}
